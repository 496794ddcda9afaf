/**
 * Content health for `npm run check:content`: what is not wrong, but needs an
 * editor's attention. Profiles whose check or consent is too old, prototypes
 * nobody has drawn a lesson from yet, profiles nothing links to, and topics or
 * werkgebieden without any content. Warnings only: the build never fails on these.
 */
import type { ContentCheckResult, ValidatedEntry } from './validation.ts';
import { nl } from '../i18n/nl.ts';
import { consentExpired } from '../lib/contact.ts';
import { formatDate, isOlderThan } from '../lib/dates.ts';
import { buildRelations, type Relations, type SiteContent } from '../lib/relations.ts';
import { collectionNames, type CollectionName } from '../schemas/index.ts';

export type HealthKind =
  | 'review-overdue'
  | 'consent-expired'
  | 'prototype-without-lessons'
  | 'expert-unlinked'
  | 'topic-without-content'
  | 'region-without-content';

export interface HealthNote {
  kind: HealthKind;
  /** Path from the project root: content/experts/x.md */
  file: string;
  message: string;
}

export interface HealthOptions {
  /** After how many months a profile needs a new check (site.config privacy.reviewMonths). */
  reviewMonths: number;
  /** After how many months consent must be asked again (site.config privacy.consentMonths). */
  consentMonths: number;
  now?: Date;
}

/** Headings for the report, in the order it lists the kinds. */
export const healthHeadings: Record<HealthKind, string> = nl.health.headings;

/** The checked entries in the shape the relations index takes (ids as plain strings). */
export function siteContentFromEntries(entries: ContentCheckResult['entries']): SiteContent {
  const list = (collection: CollectionName) =>
    [...entries[collection].entries()].map(([id, entry]) => ({ id, collection, data: entry.data, body: entry.file.body }));
  return Object.fromEntries(collectionNames.map((name) => [name, list(name)])) as unknown as SiteContent;
}

type Entries = ContentCheckResult['entries'];
const fileOf = (entries: Entries, collection: CollectionName, id: string) =>
  (entries[collection].get(id) as ValidatedEntry).file.displayPath;

/**
 * Published profiles whose last check (`reviewed`) or consent (`consent`) is older than the configured term.
 * Consent uses the rule the pages use to hide contact data (src/lib/contact.ts).
 */
export function staleExperts(entries: Entries, relations: Relations, options: HealthOptions): HealthNote[] {
  const now = options.now ?? new Date();
  return relations.experts.flatMap((expert): HealthNote[] => {
    const file = fileOf(entries, 'experts', expert.id);
    const notes: HealthNote[] = [];
    if (isOlderThan(expert.data.reviewed, options.reviewMonths, now)) {
      notes.push({
        kind: 'review-overdue',
        file,
        message: nl.health.reviewOverdue(formatDate(expert.data.reviewed), options.reviewMonths),
      });
    }
    if (consentExpired(expert, now, options.consentMonths)) {
      notes.push({
        kind: 'consent-expired',
        file,
        message: nl.health.consentExpired(formatDate(expert.data.consent), options.consentMonths),
      });
    }
    return notes;
  });
}

/** Published prototypes that no published lesson is about. */
export function prototypesWithoutLessons(entries: Entries, relations: Relations): HealthNote[] {
  return relations.prototypes
    .filter((prototype) => relations.lessonsForPrototype(prototype.id).length === 0)
    .map((prototype) => ({
      kind: 'prototype-without-lessons' as const,
      file: fileOf(entries, 'prototypes', prototype.id),
      message: nl.health.prototypeWithoutLessons,
    }));
}

/** Published profiles that no prototype, lesson, netwerkgroep or werkgebied names; profiles for parents show on the parent pages. */
export function unlinkedExperts(entries: Entries, relations: Relations): HealthNote[] {
  return relations.experts
    .filter(
      (expert) =>
        !expert.data.audience.includes('ouders') &&
        relations.prototypesForContact(expert.id).length === 0 &&
        relations.lessonsByAuthor(expert.id).length === 0 &&
        relations.networkGroupsForContact(expert.id).length === 0 &&
        relations.regionsCoordinatedBy(expert.id).length === 0,
    )
    .map((expert) => ({
      kind: 'expert-unlinked' as const,
      file: fileOf(entries, 'experts', expert.id),
      message: nl.health.expertUnlinked,
    }));
}

/** Topics and werkgebieden without a published prototype or lesson. */
export function emptyTopicsAndRegions(entries: Entries, relations: Relations): HealthNote[] {
  const message = nl.health.hubWithoutContent;
  return [
    ...relations.topics
      .filter((topic) => relations.prototypesForTopic(topic.id).length + relations.lessonsForTopic(topic.id).length === 0)
      .map((topic) => ({ kind: 'topic-without-content' as const, file: fileOf(entries, 'topics', topic.id), message })),
    ...relations.regions
      .filter((region) => relations.prototypesForRegion(region.id).length + relations.lessonsForRegion(region.id).length === 0)
      .map((region) => ({ kind: 'region-without-content' as const, file: fileOf(entries, 'regions', region.id), message })),
  ];
}

/** Every health note for the checked content, grouped in the order of `healthHeadings`, each group sorted by file. */
export function contentHealth(entries: Entries, options: HealthOptions): HealthNote[] {
  const relations = buildRelations(siteContentFromEntries(entries));
  const notes = [
    ...staleExperts(entries, relations, options),
    ...prototypesWithoutLessons(entries, relations),
    ...unlinkedExperts(entries, relations),
    ...emptyTopicsAndRegions(entries, relations),
  ];
  const order = Object.keys(healthHeadings);
  return notes.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.file.localeCompare(b.file));
}

/** The report as printed by `npm run check:content`: one heading per kind with its notes. */
export function formatHealthReport(notes: HealthNote[]): string {
  if (notes.length === 0) return nl.health.nothingToReport;
  const lines = [nl.health.report(notes.length)];
  for (const [kind, heading] of Object.entries(healthHeadings) as [HealthKind, string][]) {
    const group = notes.filter((note) => note.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `${heading} (${group.length}):`, ...group.map((note) => `  - ${note.file}: ${note.message}`));
  }
  return lines.join('\n');
}
