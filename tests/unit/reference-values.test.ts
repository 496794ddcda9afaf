/** Reference fields: an id in capitals gets the id it means, and an id twice in one list is refused, naming the field. */
import { describe, expect, it } from 'vitest';
import { unknownReferenceMessage } from '../../src/content-check/reference-values.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { publicDir } from '../helpers/paths.ts';

const errorsOfCase = (caseName: string) =>
  checkContent(contentWithCase(caseName, 'formats'), publicDir)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);

describe('ids in reference fields', () => {
  it('suggests the lower-case id for an id written with capitals', () => {
    expect(errorsOfCase('reference-wrong-case')).toEqual([
      'content/lessons/hoofdletter-verwijzing.md: veld "regions[1]": werkgebied "Duinrand" bestaat niet: namen in verwijzingen zijn altijd in kleine letters (bedoel je "duinrand"?)',
    ]);
  });

  it('refuses the same id twice in one list, naming the field of the second', () => {
    expect(errorsOfCase('reference-twice')).toEqual([
      'content/lessons/dubbele-verwijzing.md: veld "regions[3]": werkgebied "duinrand" staat al op plek 1 in deze lijst; haal de tweede weg',
    ]);
  });

  it('keeps the typo suggestion for an id that is close to an existing one', () => {
    expect(unknownReferenceMessage('regions', 'heilo', ['heiloo', 'bergen'])).toBe('werkgebied "heilo" bestaat niet (bedoel je "heiloo"?)');
  });

  it('names the missing file when no id is close', () => {
    expect(unknownReferenceMessage('regions', 'amsterdam', ['heiloo'])).toBe('werkgebied "amsterdam" bestaat niet (er is geen bestand content/regions/amsterdam.*)');
  });
});
