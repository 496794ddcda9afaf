/**
 * One answer per question: above the search results, the best matching good
 * example, the best matching lesson and a person to ask in the visitor's
 * werkgebied (or, marked as such, in another one). Also whom to mail a
 * question nobody answered. Pure functions over the results and the answer
 * data the search page fetches (src/search/answer-data.ts); the page
 * renders them (src/search/client/answer-card.ts). Imports only the contract.
 */
import { searchKind } from './contract.ts';

/** A person of "wie weet wat", as far as the site already shows them. */
export interface AnswerPerson {
  name: string;
  role: string;
  href: string;
  regions: string[];
  topics: string[];
}

/** Where a question goes: a werkgebied's coordinator (only while their consent allows) or the redactie. */
export interface AskAddress {
  /** The coordinator's name; none for the redactie. */
  name?: string;
  email: string;
}

/** A werkgebied as /zoeken/vragen.json has it. */
export interface AnswerRegion {
  id: string;
  name: string;
  /** Its coordinator; none when questions go to the redactie. */
  ask?: AskAddress;
}

/** Where questions go: no contact data besides the ask addresses. */
export interface AskData {
  /** Every werkgebied, fetched from /zoeken/vragen.json (none while it could not be loaded). */
  regions: AnswerRegion[];
  /** The redactie, in the page: for questions when no werkgebied is known or it has no coordinator. */
  editors: AskAddress;
}

/** Where questions go, with the people of the question's thema, fetched for it (none without a thema). */
export interface AnswerData extends AskData {
  people: AnswerPerson[];
}

/** What the card needs of one search result (from Pagefind's result data). */
export interface AnswerResult {
  href: string;
  title: string;
  /** Values of the "soort", "thema" and "werkgebied" filters. */
  kind: string;
  topics: string[];
  regions: string[];
}

export interface AnswerLink {
  title: string;
  href: string;
}

export interface PersonAnswer {
  person: AnswerPerson;
  /** The person works outside the chosen werkgebied. */
  outside: boolean;
}

export interface Answer {
  example?: AnswerLink;
  lesson?: AnswerLink;
  person?: PersonAnswer;
  /** The thema the person was chosen by, if any. */
  topic?: string;
}

export interface AnswerQuestion {
  results: readonly AnswerResult[];
  data: AnswerData;
  /** The visitor's werkgebied: from the filter, or picked once on this device. */
  region?: string;
  /** The chosen "thema" and "soort" filter values. */
  topics: readonly string[];
  kinds: readonly string[];
}

/** The card shows when at least this many of its three parts have an answer; one part only repeats the first result. */
export const minimumAnswerParts = 2;

const linkOf = (result: AnswerResult | undefined): AnswerLink | undefined => result && { title: result.title, href: result.href };

/**
 * The thema of the question: the one chosen as filter, else the thema page
 * among the results, else the first thema of the best result that has one.
 */
export function questionTopic(results: readonly AnswerResult[], topics: readonly string[]): string | undefined {
  if (topics.length === 1) return topics[0];
  const hub = results.find((result) => result.kind === searchKind.topic && result.topics.length > 0);
  return (hub ?? results.find((result) => result.topics.length > 0))?.topics[0];
}

/**
 * A person to ask: someone the search found in the werkgebied, else someone
 * with the thema in the werkgebied, else (marked as outside it) someone the
 * search found or someone with the thema anywhere else.
 */
export function personToAsk(question: AnswerQuestion, topic: string | undefined): PersonAnswer | undefined {
  const { results, data, region } = question;
  const byHref = new Map(data.people.map((person) => [person.href, person]));
  const found = results.flatMap((result) => (result.kind === searchKind.expert ? [byHref.get(result.href)].filter((person) => person !== undefined) : []));
  const withTopic = topic ? data.people.filter((person) => person.topics.includes(topic)) : [];
  const inRegion = (person: AnswerPerson) => region !== undefined && person.regions.includes(region);
  const near = found.find(inRegion) ?? withTopic.find(inRegion);
  if (near) return { person: near, outside: false };
  const other = found[0] ?? withTopic[0];
  return other && { person: other, outside: region !== undefined };
}

export function chooseAnswer(question: AnswerQuestion): Answer {
  const { results, kinds } = question;
  const topic = questionTopic(results, question.topics);
  const askPeople = kinds.length === 0 || kinds.includes(searchKind.expert);
  return {
    example: linkOf(results.find((result) => result.kind === searchKind.prototype)),
    lesson: linkOf(results.find((result) => result.kind === searchKind.lesson)),
    person: askPeople ? personToAsk(question, topic) : undefined,
    topic,
  };
}

export const answerParts = (answer: Answer) => [answer.example, answer.lesson, answer.person].filter(Boolean).length;

/** Whom a question goes to: the coordinator of the werkgebied, or the redactie. */
export function askAddress(data: AskData, region: string | undefined): AskAddress {
  return data.regions.find((candidate) => candidate.id === region)?.ask ?? data.editors;
}

/** A mailto: link with the question as subject and a reminder in the body. */
export function askMailto(address: AskAddress, question: string, body: string): string {
  return `mailto:${address.email}?subject=${encodeURIComponent(question)}&body=${encodeURIComponent(body)}`;
}
