/**
 * The content check on werkgebieden as a careless editor might write them: a
 * werkgebied among its own neighbours, and outlines the map cannot compute
 * with (numbers past a billion or past what a number holds, no area). Each is
 * an error naming the file and the field, in Dutch.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/validation.ts';
import { fixturesDir, publicDir } from '../helpers/paths.ts';

const work = mkdtempSync(path.join(tmpdir(), 'leernetwerk-regions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The errors of the small valid site with content/regions/polder.yaml written as `polder`. */
function errorsWithPolder(name: string, polder: string) {
  const content = path.join(work, name, 'content');
  cpSync(path.join(fixturesDir, 'valid'), content, { recursive: true });
  writeFileSync(path.join(content, 'regions', 'polder.yaml'), polder);
  return checkContent(content, publicDir)
    .problems.filter((problem) => problem.severity === 'error')
    .map(({ file, field, message }) => ({ file, field, message }));
}

describe('the content check on werkgebieden', () => {
  it('refuses a werkgebied among its own neighbours, at its place in the list', () => {
    expect(errorsWithPolder('own-neighbour', 'name: Polder\nmunicipalities: [Polderdorp]\nneighbours: [duinrand, polder]\n')).toEqual([
      { file: 'content/regions/polder.yaml', field: 'neighbours[2]', message: expect.stringMatching(/^werkgebied "polder" staat bij zijn eigen buren/) },
    ]);
  });

  it('accepts neighbours that are other werkgebieden', () => {
    expect(errorsWithPolder('neighbours', 'name: Polder\nmunicipalities: [Polderdorp]\nneighbours: [duinrand]\n')).toEqual([]);
  });

  for (const [what, shape] of [
    ['a number past what a number holds', 'M 0 0 L 1e309 0 L 0 1e309 Z'],
    ['numbers past a billion', 'M 0 0 L 1e200 0 L 0 1e200 Z'],
    ['no area', 'M 5 5 L 5 5 L 5 5 Z'],
  ]) {
    it(`refuses an outline with ${what}`, () => {
      expect(errorsWithPolder(`shape-${what}`, `name: Polder\nmunicipalities: [Polderdorp]\nshape: "${shape}"\n`)).toEqual([
        { file: 'content/regions/polder.yaml', field: 'shape', message: expect.stringMatching(/^is geen vorm die de kaart kan tekenen/) },
      ]);
    });
  }
});
