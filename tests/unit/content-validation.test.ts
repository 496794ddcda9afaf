import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { fixturesDir, publicDir } from '../helpers/paths.ts';
import { brokenContentCases } from '../helpers/broken-content-cases.ts';

const errorsOf = (contentDir: string) =>
  checkContent(contentDir, publicDir)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);

describe('the content check', () => {
  it('finds no errors in the valid fixture site', () => {
    expect(errorsOf(path.join(fixturesDir, 'valid'))).toEqual([]);
  });

  for (const { name, description, expected } of brokenContentCases) {
    it(`reports ${description}, naming file, field and problem`, () => {
      const errors = errorsOf(contentWithCase(name));
      for (const message of expected) {
        expect(errors.join('\n')).toContain(message);
      }
    });
  }

  it('warns, without failing, when a published entry points at a draft', () => {
    const { problems } = checkContent(contentWithCase('points-at-draft'), publicDir);
    expect(problems.map(formatProblem)).toEqual([
      'content/lessons/over-een-concept.md: veld "prototype": goed voorbeeld "geheim-concept" is nog een concept; de link is pas zichtbaar als dat gepubliceerd is',
    ]);
    expect(problems[0].severity).toBe('warning');
  });

  it('keeps drafts in the checked entries, so drafts are validated too', () => {
    const { entries } = checkContent(path.join(fixturesDir, 'valid'), publicDir);
    expect(entries.prototypes.get('geheim-concept')?.data.draft).toBe(true);
  });
});
