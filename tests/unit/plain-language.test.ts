/**
 * The plain-language (B1) check on text for parents: an abbreviation the
 * glossary does not explain fails the content check with file, line and
 * field; long sentences and long words are reported with the limits of the
 * site config.
 */
import { describe, expect, it } from 'vitest';
import { siteConfigSchema } from '../../src/config/site-schema.ts';
import { formatPlainLanguageReport, plainLanguageFindings, textFindings } from '../../src/content-check/plain-language.ts';
import { checkContent, formatProblem } from '../../src/content-check/validation.ts';
import { glossaryVocabulary } from '../../src/lib/parents/glossary-words.ts';
import site from '../../src/site.config.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { publicDir } from '../helpers/paths.ts';

const vocabulary = glossaryVocabulary([
  { id: 'opp', term: 'OPP', full: 'ontwikkelingsperspectiefplan', explanation: 'Een plan.', synonyms: [] },
  { id: 'ib-er', term: "IB'er", full: 'intern begeleider', explanation: 'De intern begeleider.', synonyms: [] },
  { id: 'swv', term: 'samenwerkingsverband', explanation: 'Scholen samen.', synonyms: ['SWV'] },
]);
const limits = { maxSentenceWords: 10, maxWordLetters: 14 };
const kinds = (text: string) => textFindings(text, vocabulary, limits).map((finding) => `${finding.kind}: ${finding.needle}`);

describe('the plain-language check of one text', () => {
  it('finds an abbreviation the glossary does not explain, also inside a compound', () => {
    expect(kinds('Vraag naar de OZA.')).toEqual(['unknown-abbreviation: OZA']);
    expect(kinds('Het TLV-gesprek is morgen.')).toEqual(['unknown-abbreviation: TLV']);
  });

  it('accepts glossary abbreviations with Dutch endings, and their other words', () => {
    expect(kinds("De IB'ers lezen de OPP's. Het SWV helpt.")).toEqual([]);
    expect(kinds('Het OPP-gesprek met de IB-er.')).toEqual([]);
  });

  it('reports a sentence longer than the limit, by its first words', () => {
    const findings = textFindings('Kort. Dit is een zin met veel te veel woorden voor een ouder die weinig tijd heeft.', vocabulary, limits);
    expect(findings.map((finding) => finding.message)).toEqual([
      'zin van 16 woorden (meer dan 10): "Dit is een zin met veel …". Maak er twee zinnen van.',
    ]);
  });

  it('reports a long word unless the glossary explains it', () => {
    expect(kinds('Het ondersteuningsarrangement.')).toEqual(['long-word: ondersteuningsarrangement']);
    expect(kinds('Het ontwikkelingsperspectiefplan en het samenwerkingsverband, ook samenwerkingsverbanden.')).toEqual([]);
  });

  it('only looks for unknown abbreviations when no limits are given', () => {
    expect(textFindings('Het ondersteuningsarrangement van de OZA is een heel lange zin met heel veel woorden erin.', vocabulary).map((finding) => finding.kind)).toEqual([
      'unknown-abbreviation',
    ]);
  });
});

describe('the content check of text for parents', () => {
  it('fails on an unexplained abbreviation in a route, naming file, line and field, and the body line', () => {
    const { problems } = checkContent(contentWithCase('unknown-term', 'parents'), publicDir);
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([
      'content/parent-routes/met-jargon.md, regel 9: veld "steps[2].text": "OZA" lijkt een afkorting die niet in de woordenlijst staat. Een ouder snapt dat niet: schrijf het voluit, of zet het met uitleg in content/glossary/.',
      'content/parent-routes/met-jargon.md, regel 12: "SWV" lijkt een afkorting die niet in de woordenlijst staat. Een ouder snapt dat niet: schrijf het voluit, of zet het met uitleg in content/glossary/.',
    ]);
  });

  it('passes the valid fixture and the parents fixture, which explain every abbreviation they use', () => {
    const errors = (dir: string) => checkContent(dir, publicDir).problems.filter((problem) => problem.severity === 'error');
    expect(errors(contentWithCase('base', 'parents'))).toEqual([]);
  });

  it('reports long sentences per file with line and field, and says where the limits are set', () => {
    const dir = contentWithCase('base', 'parents');
    const { entries } = checkContent(dir, publicDir);
    const report = formatPlainLanguageReport(plainLanguageFindings(entries, { maxSentenceWords: 6, maxWordLetters: 30 }), { maxSentenceWords: 6, maxWordLetters: 30 });
    expect(report.split('\n')[0]).toMatch(/^Taal voor ouders \(B1\): \d+ opmerkingen, geen fouten\. Grens: 6 woorden per zin, 30 letters per woord \(plainLanguage in src\/site\.config\.ts\)\.$/);
    // Under the file's own heading, in line order.
    const routePart = report.slice(report.indexOf('\ncontent/parent-routes/hulp-op-school.md\n'));
    expect(routePart).toContain('  - regel 4, veld "summary": zin van 16 woorden (meer dan 6): "Zo vraag je samen met school …". Maak er twee zinnen van.');
    expect(routePart.indexOf('regel 2, veld "title"')).toBeLessThan(routePart.indexOf('regel 4, veld "summary"'));
    expect(formatPlainLanguageReport([], limits)).toBe('Taal voor ouders (B1): niets te melden.');
  });
});

describe('the limits of the plain-language report', () => {
  it('are set in the site config, with defaults when a fork leaves them out', () => {
    expect(site.plainLanguage).toEqual({ maxSentenceWords: 20, maxWordLetters: 16 });
    const { plainLanguage: _left, ...withoutLimits } = { ...site, cms: { backend: 'github', repo: 'a/b', baseUrl: 'https://x.example' } };
    const parsed = siteConfigSchema.parse(withoutLimits);
    expect(parsed.plainLanguage).toEqual({ maxSentenceWords: 20, maxWordLetters: 16 });
  });
});
