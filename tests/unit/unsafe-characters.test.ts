/**
 * Text cannot break formats: control characters, line separators, bidi
 * overrides and other characters that make the feeds invalid XML or disguise
 * text are refused in every field and body, with file, field or line.
 * Fixtures: tests/fixtures/formats/<case>, laid over the valid fixture site.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeCharacter } from '../../src/content-check/unsafe-characters.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { publicDir } from '../helpers/paths.ts';

const errorsOf = (caseName: string) =>
  checkContent(contentWithCase(caseName, 'formats'), publicDir)
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);

const refused: Array<[string, string]> = [
  ['NUL', '\u0000'],
  ['backspace', '\u0008'],
  ['vertical tab', '\u000b'],
  ['form feed', '\u000c'],
  ['escape', '\u001b'],
  ['DEL', '\u007f'],
  ['C1 next line', '\u0085'],
  ['C1 control', '\u009b'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
  ['left-to-right embedding', '\u202a'],
  ['right-to-left override', '\u202e'],
  ['left-to-right isolate', '\u2066'],
  ['pop directional isolate', '\u2069'],
  ['noncharacter U+FFFE', '\ufffe'],
  ['noncharacter U+FFFF', '\uffff'],
  ['lone high surrogate', '\ud83c'],
  ['lone low surrogate', '\udf89'],
];

const allowed: Array<[string, string]> = [
  ['tab', '\t'],
  ['line feed', '\n'],
  ['carriage return', '\r'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['emoji (a surrogate pair)', '🎉'],
  ['Arabic letters', 'فاطمة'],
  ['Dutch ij ligature', 'Ĳsselmeer'],
  ['a byte order mark', '\ufeff'],
];

describe('characters that break formats or disguise text', () => {
  it.each(refused)('finds a %s', (_name, character) => {
    expect(findUnsafeCharacter(`Een tekst ${character} met`)).toEqual({ index: 10, codePoint: character.charCodeAt(0) });
  });

  it.each(allowed)('allows a %s', (_name, text) => {
    expect(findUnsafeCharacter(`Een tekst ${text} met`)).toBeUndefined();
  });
});

describe('the content check on characters', () => {
  it('refuses a vertical tab in a title, naming file, line, field and the text before it', () => {
    expect(errorsOf('vertical-tab-in-title')).toEqual([
      'content/lessons/verticale-tab.md, regel 2: veld "title": bevat een verticale tab (U+000B) na "title: Rust". Haal het weg: zulke tekens komen vaak mee bij kopiëren uit Word of een pdf, en ze maken de RSS-feeds of de gegevens onleesbaar',
    ]);
  });

  it('refuses a line separator in a summary, naming its line', () => {
    expect(errorsOf('line-separator-in-summary')).toEqual([
      expect.stringContaining('content/lessons/regeleinde.md, regel 3: veld "summary": bevat een onzichtbaar regeleinde (U+2028) na "…alleen kinderen met autisme,"'),
    ]);
  });

  it('refuses a right-to-left override in a body, saying it disguises text', () => {
    expect(errorsOf('bidi-override-in-body')).toEqual([
      'content/lessons/omgedraaide-tekst.md, regel 12: bevat een teken dat de leesrichting omdraait (U+202E) na "Bel ". Haal het weg: zo\'n teken laat de tekst anders zien dan hij is',
    ]);
  });

  it('refuses a control character written as a YAML escape, naming the field', () => {
    expect(errorsOf('escaped-control-in-summary')).toEqual([
      expect.stringContaining('content/lessons/code-in-samenvatting.md: veld "summary": bevat een pagina-einde (U+000C) na "Een rustige plek", geschreven als code.'),
    ]);
  });

  it('refuses a bidi override written as a character reference in a body, naming its line', () => {
    expect(errorsOf('character-reference-in-body')).toEqual([
      expect.stringContaining('content/lessons/tekencode.md, regel 11: bevat een teken dat de leesrichting omdraait (U+202E) na "Rust ", geschreven als code.'),
    ]);
  });

  it('refuses half of an emoji written as a YAML escape, which would be lost in the feeds', () => {
    expect(errorsOf('lone-surrogate-in-title')).toEqual([
      expect.stringContaining('content/lessons/half-teken.md: veld "title": bevat een half teken (U+D83C) na "Een feest ", geschreven als code.'),
    ]);
  });

  it('refuses a NUL character in a data file, instead of the YAML reader\'s English error', () => {
    expect(errorsOf('nul-in-data-file')).toEqual([expect.stringContaining('content/regions/nul-teken.yaml, regel 1: veld "name": bevat een nul-teken (U+0000) na "name: Nul"')]);
  });
});
