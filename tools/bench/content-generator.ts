/**
 * Writes N synthetic entries into a content folder of the site's shape
 * (content/regions, topics, network-groups, prototypes, lessons, experts):
 * realistic Dutch text, every reference pointing at an entry that exists,
 * and werkgebieden, thema's and netwerkgroepen scaled along with N, the way a
 * national hub of many samenwerkingsverbanden would grow.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { focusAreaIds } from '../../src/schemas/focus-areas.ts';
import { schoolTypes, type SchoolType } from '../../src/schemas/shared.ts';
import { prototypeStatuses } from '../../src/schemas/statuses.ts';
import {
  askMeAbout,
  availability,
  expertBody,
  lessonBody,
  lessonSummary,
  lessonTitle,
  organisationFor,
  personName,
  placeNames,
  prototypeBody,
  prototypeSummary,
  prototypeTitle,
  roles,
  schoolName,
  textContext,
  topicAspects,
  topicBases,
  type TextContext,
} from './dutch-text.ts';
import { createRandom, type Random } from './random.ts';

export interface GenerateOptions {
  /** Prototypes, lessons and experts together. */
  entries: number;
  /** The folder to write; it is emptied first. */
  contentDir: string;
  seed?: number;
  /** "Today" for dates; entries are dated up to four years before it. */
  today?: Date;
}

export interface GeneratedContent {
  contentDir: string;
  counts: { regions: number; topics: number; networkGroups: number; prototypes: number; lessons: number; experts: number };
  /** Published prototypes, lessons and experts: the entries that get a page. */
  publishedEntries: number;
  /** Words that many entries contain, for measuring search. */
  queries: [string, string];
}

/** How the hub's werkgebieden, thema's and netwerkgroepen grow with the number of entries. */
export function scaleFor(entries: number) {
  return {
    regions: Math.max(8, Math.round(entries / 125)),
    topics: Math.max(14, Math.round(entries / 70)),
    networkGroups: Math.max(4, Math.round(entries / 250)),
    experts: Math.max(1, Math.round(entries * 0.25)),
    prototypes: Math.max(1, Math.round(entries * 0.4)),
    lessons: 0, // the rest; see generateContent
  };
}

/** A date written in YAML without quotes, as editors and the CMS write them. */
class IsoDate {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
}
const isoDate = (date: Date) => new IsoDate(date.toISOString().slice(0, 10));
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function yamlScalar(value: unknown): string {
  if (value instanceof IsoDate) return value.value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  const text = String(value);
  const plain =
    /^[A-Za-zÀ-ÖØ-öø-ÿ][^:#\n"]*$/.test(text) && !/\s$/.test(text) && !/^(yes|no|true|false|null|on|off)$/i.test(text);
  // A JSON string is a valid double-quoted YAML scalar.
  return plain ? text : JSON.stringify(text);
}

/** YAML for the simple shapes our schemas use: scalars, lists of ids or strings, one level of objects. */
export function toYaml(fields: Record<string, unknown>, indent = ''): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.every((item) => typeof item === 'string' && idPattern.test(item))) lines.push(`${indent}${key}: [${value.join(', ')}]`);
      else lines.push(`${indent}${key}:`, ...value.map((item) => `${indent}  - ${yamlScalar(item)}`));
    } else if (typeof value === 'object' && value !== null && !(value instanceof IsoDate)) {
      lines.push(`${indent}${key}:`, toYaml(value as Record<string, unknown>, `${indent}  `));
    } else {
      lines.push(`${indent}${key}: ${yamlScalar(value)}`);
    }
  }
  return lines.join('\n');
}

const markdownFile = (fields: Record<string, unknown>, body: string) => `---\n${toYaml(fields)}\n---\n${body.trimEnd()}\n`;

/** A file name from a title: lower-case ASCII kebab-case, at most about 60 characters. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= 60) return slug;
  return slug.slice(0, 60).replace(/-[^-]*$/, '');
}

/** Hands out ids that are unique within a collection: a second "x" becomes "x-2". */
function idMaker() {
  const used = new Set<string>();
  return (text: string) => {
    const base = slugify(text) || 'item';
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}

interface Region {
  id: string;
  name: string;
  places: string[];
}
interface Topic {
  id: string;
  name: string;
  /** The base topic as it reads in a sentence. */
  inSentence: string;
}

const dayMs = 86_400_000;

/** "A, B en C" */
const dutchList = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`);

export function generateContent(options: GenerateOptions): GeneratedContent {
  const { entries, contentDir } = options;
  if (!Number.isInteger(entries) || entries < 10) throw new Error(`--entries must be a whole number of at least 10 (got ${entries})`);
  const random = createRandom(options.seed ?? 20_260_101);
  const today = options.today ?? new Date();
  const daysAgo = (min: number, max: number) => new Date(today.getTime() - random.int(min, max) * dayMs);
  const scale = scaleFor(entries);
  const counts = {
    regions: scale.regions,
    topics: scale.topics,
    networkGroups: scale.networkGroups,
    experts: scale.experts,
    prototypes: scale.prototypes,
    lessons: entries - scale.experts - scale.prototypes,
  };

  rmSync(contentDir, { recursive: true, force: true });
  const folders = ['regions', 'topics', 'network-groups', 'prototypes', 'lessons', 'experts'] as const;
  for (const folder of folders) mkdirSync(path.join(contentDir, folder), { recursive: true });
  const write = (folder: (typeof folders)[number], file: string, text: string) => writeFileSync(path.join(contentDir, folder, file), text);

  // Werkgebieden: two to four places each, named after the first one or two.
  const places = placeNames(random, counts.regions * 4);
  const regionId = idMaker();
  const regions: Region[] = Array.from({ length: counts.regions }, (_, index) => {
    const own = places.slice(index * 4, index * 4 + random.int(2, 4));
    const name = random.chance(0.3) ? `${own[0]} en ${own[1]}` : own[0]!;
    return { id: regionId(name), name, places: own };
  });

  // Thema's: the base list first, then narrower ones ("Autisme in het vo") as the hub grows.
  const topicId = idMaker();
  const topics: Topic[] = Array.from({ length: counts.topics }, (_, index) => {
    const base = topicBases[index % topicBases.length]!;
    const aspect = index < topicBases.length ? undefined : topicAspects[Math.floor(index / topicBases.length - 1) % topicAspects.length];
    const round = Math.floor(index / (topicBases.length * (topicAspects.length + 1)));
    const name = `${base.name}${aspect ? ` ${aspect}` : ''}${round > 0 ? ` (${round + 1})` : ''}`;
    const inSentence = /^[A-Z][a-z]/.test(base.name) ? base.name.toLowerCase() : base.name;
    return { id: topicId(name), name, inSentence };
  });

  /** Popular topics come up more often, as in real content: index ~ count * r^1.6. */
  const pickTopics = (count: number) => {
    const chosen = new Set<Topic>();
    while (chosen.size < Math.min(count, topics.length)) chosen.add(topics[Math.floor(topics.length * random.next() ** 1.6)]!);
    return [...chosen];
  };
  const pickRegions = () => random.pickSome(regions, random.chance(0.8) ? 1 : 2);
  const contextFor = (entryRegions: Region[], entryTopics: Topic[]): TextContext =>
    textContext(random, {
      place: random.pick(entryRegions[0]!.places),
      regionName: entryRegions[0]!.name,
      topic: entryTopics[0]!.inSentence,
    });
  const schoolTypeIds = Object.keys(schoolTypes) as SchoolType[];
  const pickSchoolTypes = () => random.pickSome(schoolTypeIds, random.int(1, 2));

  // Experts: "wie weet wat", with consent and a review date (some older than a year).
  const expertId = idMaker();
  const experts: Array<{ id: string; regions: Region[] }> = [];
  const expertsByRegion = new Map<string, string[]>();
  for (let index = 0; index < counts.experts; index++) {
    const person = personName(random);
    const id = expertId(person.full);
    const ownRegions = pickRegions();
    const ownTopics = pickTopics(random.int(1, 3));
    const context = contextFor(ownRegions, ownTopics);
    const role = random.pick(roles);
    const organisation = organisationFor(random, context);
    const mailbox = slugify(`${person.first} ${person.last}`).replace(/-/g, '.');
    const email = random.chance(0.9) ? `${mailbox}@${slugify(organisation.split(',')[0]!)}.example` : undefined;
    const phone = !email || random.chance(0.4) ? `0${random.int(10, 79)} 555 ${random.int(10, 99)} ${random.int(10, 99)}` : undefined;
    const consent = daysAgo(30, 700);
    const reviewed = random.chance(0.1) ? daysAgo(380, 700) : daysAgo(0, 330);
    write(
      'experts',
      `${id}.md`,
      markdownFile(
        {
          name: person.full,
          role,
          organisation,
          regions: ownRegions.map((region) => region.id),
          topics: ownTopics.map((topic) => topic.id),
          askMeAbout: askMeAbout(random, context),
          contact: { email, phone, preferred: email ? 'email' : 'telefoon' },
          availability: availability(random),
          consent: isoDate(consent),
          reviewed: isoDate(reviewed < consent ? consent : reviewed),
        },
        expertBody(random, context, { name: person.full, role, organisation }),
      ),
    );
    experts.push({ id, regions: ownRegions });
    for (const region of ownRegions) expertsByRegion.set(region.id, [...(expertsByRegion.get(region.id) ?? []), id]);
  }
  const allExpertIds = experts.map((expert) => expert.id);
  /** People from the entry's own werkgebied when there are any. */
  const pickExperts = (entryRegions: Region[], count: number) =>
    random.pickSome(expertsByRegion.get(entryRegions[0]!.id) ?? allExpertIds, count);

  for (const region of regions) {
    const local = expertsByRegion.get(region.id);
    const fields = {
      name: region.name,
      municipalities: region.places,
      description: `${random.int(6, 30)} basisscholen, ${random.int(1, 5)} scholen voor voortgezet onderwijs en ${random.int(1, 3)} scholen voor speciaal onderwijs in ${dutchList(region.places)} werken samen aan thuisnabij onderwijs.`,
      coordinator: local ? random.pick(local) : undefined,
    };
    write('regions', `${region.id}.yaml`, `${toYaml(fields)}\n`);
  }
  for (const [index, topic] of topics.entries()) {
    const base = topicBases[index % topicBases.length]!;
    const fields = {
      name: topic.name,
      description: `Hoe geef je leerlingen bij ${topic.inSentence} een goede plek in de klas, samen met ouders en partners? Voorbeelden, lessen en mensen die je kunt vragen.`,
      synonyms: [...base.synonyms],
    };
    write('topics', `${topic.id}.yaml`, `${toYaml(fields)}\n`);
  }

  const groupId = idMaker();
  const groupIds: string[] = [];
  for (let index = 0; index < counts.networkGroups; index++) {
    const groupTopics = pickTopics(random.int(1, 3));
    const groupRegions = random.chance(0.3) ? [] : random.pickSome(regions, random.int(1, 3));
    const name = `Netwerkgroep ${groupTopics[0]!.inSentence}${groupRegions[0] ? ` ${groupRegions[0].name}` : ''}`;
    const id = groupId(name);
    groupIds.push(id);
    const fields = {
      name: name.length <= 80 ? name : name.slice(0, 80).trim(),
      description: `Leerkrachten, intern begeleiders, ouders en partners uit de zorg komen ${random.pick(['zes', 'acht', 'tien'])} keer per jaar bij elkaar om ervaringen met ${groupTopics[0]!.inSentence} te delen.`,
      topics: groupTopics.map((topic) => topic.id),
      regions: groupRegions.map((region) => region.id),
      contact: random.pick(allExpertIds),
    };
    write('network-groups', `${id}.yaml`, `${toYaml(fields)}\n`);
  }

  const prototypeId = idMaker();
  const prototypeIds: string[] = [];
  const statuses = Object.keys(prototypeStatuses);
  for (let index = 0; index < counts.prototypes; index++) {
    const ownRegions = pickRegions();
    const ownTopics = pickTopics(random.int(1, 3));
    const context = contextFor(ownRegions, ownTopics);
    const title = prototypeTitle(random, context);
    const id = prototypeId(title);
    prototypeIds.push(id);
    const updated = daysAgo(0, 1400);
    write(
      'prototypes',
      `${id}.md`,
      markdownFile(
        {
          title,
          summary: prototypeSummary(random, context),
          regions: ownRegions.map((region) => region.id),
          schoolTypes: pickSchoolTypes(),
          topics: ownTopics.map((topic) => topic.id),
          focusAreas: random.pickSome(focusAreaIds, random.int(1, 2)),
          status: random.pick(statuses),
          schools: random.chance(0.7) ? [...new Set([context.school, schoolName(random)])] : undefined,
          contacts: pickExperts(ownRegions, random.int(1, 2)),
          started: random.chance(0.6) ? isoDate(new Date(updated.getTime() - random.int(60, 900) * dayMs)) : undefined,
          updated: isoDate(updated),
        },
        prototypeBody(random, context),
      ),
    );
  }

  const lessonId = idMaker();
  let drafts = 0;
  for (let index = 0; index < counts.lessons; index++) {
    const ownRegions = pickRegions();
    const ownTopics = pickTopics(random.int(1, 2));
    const context = contextFor(ownRegions, ownTopics);
    const title = lessonTitle(random, context);
    // Nothing links to a lesson, so a few drafts never leave a published entry pointing at one.
    const draft = random.chance(0.02);
    if (draft) drafts++;
    write(
      'lessons',
      `${lessonId(title)}.md`,
      markdownFile(
        {
          title,
          summary: lessonSummary(random, context),
          date: isoDate(daysAgo(0, 1400)),
          regions: ownRegions.map((region) => region.id),
          topics: ownTopics.map((topic) => topic.id),
          networkGroup: random.chance(0.4) ? random.pick(groupIds) : undefined,
          prototype: random.chance(0.5) ? random.pick(prototypeIds) : undefined,
          schoolTypes: random.chance(0.8) ? pickSchoolTypes() : undefined,
          authors: random.chance(0.7) ? pickExperts(ownRegions, random.int(1, 2)) : undefined,
          draft: draft || undefined,
        },
        lessonBody(random, context),
      ),
    );
  }

  return {
    contentDir,
    counts: {
      regions: counts.regions,
      topics: counts.topics,
      networkGroups: counts.networkGroups,
      prototypes: counts.prototypes,
      lessons: counts.lessons,
      experts: counts.experts,
    },
    publishedEntries: entries - drafts,
    queries: [topics[0]!.inSentence, topics[1]!.inSentence],
  };
}
