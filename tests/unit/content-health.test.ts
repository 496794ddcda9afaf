/**
 * Content health: the warnings `npm run check:content` lists for editors,
 * computed on the small fixture site at a fixed date.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentHealth,
  emptyTopicsAndRegions,
  formatHealthReport,
  prototypesWithoutLessons,
  siteContentFromEntries,
  staleExperts,
  unlinkedExperts,
  type HealthNote,
} from '../../src/content-check/health.ts';
import { checkContent } from '../../src/content-check/validation.ts';
import { buildRelations } from '../../src/lib/relations.ts';
import { contentWithCase } from '../helpers/content-fixture.ts';
import { fixturesDir, publicDir } from '../helpers/paths.ts';

const terms = { reviewMonths: 12, consentMonths: 24 };
const now = new Date('2026-06-01T12:00:00Z');

function load(contentDir: string) {
  const { entries } = checkContent(contentDir, publicDir);
  return { entries, relations: buildRelations(siteContentFromEntries(entries)) };
}
const valid = load(path.join(fixturesDir, 'valid'));
const summary = (notes: HealthNote[]) => notes.map((note) => `${note.kind} ${path.basename(note.file)}`);

describe('content health', () => {
  it('lists a profile whose last check is older than the review term, and not a recent one', () => {
    const notes = staleExperts(valid.entries, valid.relations, { ...terms, now }).filter((note) => note.kind === 'review-overdue');
    expect(summary(notes)).toEqual(['review-overdue bert-de-oude.md']);
    expect(notes[0].message).toContain('laatst gecontroleerd op 1 mei 2024, meer dan 12 maanden geleden');
  });

  it('does not list a profile checked exactly within the term', () => {
    const dayAfterAYear = new Date('2025-05-01T00:00:00Z');
    expect(staleExperts(valid.entries, valid.relations, { ...terms, now: dayAfterAYear }).filter((note) => note.kind === 'review-overdue')).toEqual([]);
  });

  it('lists a profile whose consent is older than the configured consent term', () => {
    const notes = staleExperts(valid.entries, valid.relations, { ...terms, now }).filter((note) => note.kind === 'consent-expired');
    expect(summary(notes)).toEqual(['consent-expired bert-de-oude.md']);
    expect(notes[0].message).toContain('toestemming gegeven op 10 januari 2023, meer dan 24 maanden geleden');
    expect(notes[0].message).toContain('Het e-mailadres en telefoonnummer staan daarom niet op de site (contact loopt via de redactie) tot de toestemming vernieuwd is');
    expect(staleExperts(valid.entries, valid.relations, { reviewMonths: 36, consentMonths: 60, now })).toEqual([]);
  });

  it('lists published prototypes without lessons, but not drafts', () => {
    expect(prototypesWithoutLessons(valid.entries, valid.relations)).toEqual([]);
    const withNew = load(contentWithCase('prototype-without-lessons', 'health'));
    expect(summary(prototypesWithoutLessons(withNew.entries, withNew.relations))).toEqual(['prototype-without-lessons nog-zonder-lessen.md']);
  });

  it('lists profiles that no prototype, lesson, netwerkgroep or werkgebied names', () => {
    expect(summary(unlinkedExperts(valid.entries, valid.relations))).toEqual(['expert-unlinked bert-de-oude.md']);
    const withNew = load(contentWithCase('prototype-without-lessons', 'health'));
    expect(unlinkedExperts(withNew.entries, withNew.relations)).toEqual([]);
  });

  it('lists topics and werkgebieden without published prototypes or lessons', () => {
    // Polder only has a draft prototype; gedrag has nothing at all.
    expect(summary(emptyTopicsAndRegions(valid.entries, valid.relations))).toEqual([
      'topic-without-content gedrag.yaml',
      'region-without-content polder.yaml',
    ]);
    const withNew = load(contentWithCase('prototype-without-lessons', 'health'));
    expect(emptyTopicsAndRegions(withNew.entries, withNew.relations)).toEqual([]);
  });

  it('reports every kind under its own heading, naming each file', () => {
    const report = formatHealthReport(contentHealth(valid.entries, { ...terms, now }));
    expect(report.split('\n')).toEqual([
      'Gezondheid van de inhoud (5 opmerkingen, geen fouten):',
      '',
      'Profielen die lang niet zijn gecontroleerd (1):',
      expect.stringMatching(/^ {2}- valid\/experts\/bert-de-oude\.md: laatst gecontroleerd op 1 mei 2024/),
      '',
      'Profielen met verlopen toestemming (1):',
      expect.stringMatching(/^ {2}- valid\/experts\/bert-de-oude\.md: toestemming gegeven op 10 januari 2023/),
      '',
      'Profielen waar niets naar verwijst (1):',
      expect.stringMatching(/^ {2}- valid\/experts\/bert-de-oude\.md: geen goed voorbeeld/),
      '',
      "Thema's zonder voorbeelden of lessen (1):",
      expect.stringMatching(/^ {2}- valid\/topics\/gedrag\.yaml: heeft nog geen/),
      '',
      'Werkgebieden zonder voorbeelden of lessen (1):',
      expect.stringMatching(/^ {2}- valid\/regions\/polder\.yaml: heeft nog geen/),
    ]);
  });

  it('says so when there is nothing to report', () => {
    expect(formatHealthReport([])).toBe('Gezondheid van de inhoud: niets te melden.');
  });
});
