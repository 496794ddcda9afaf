/**
 * The answer card above the results and the question to the werkgebied when
 * nothing is found, as DOM (text nodes only, never HTML). What they show is
 * decided in src/search/answer.ts; this file only draws it.
 */
import { searchAnswer } from '../../i18n/nl-search.ts';
import { askAddress, askMailto, type Answer, type AskData, type AnswerLink, type AnswerRegion, type PersonAnswer } from '../answer.ts';

/** The visitor's werkgebied and whether they may change it here (not when it comes from the filter). */
export interface RegionChoice {
  region?: string;
  /** The werkgebied is the one filter value chosen: shown as text, not as a choice. */
  fromFilter: boolean;
  /** The werkgebieden could not be loaded (/zoeken/vragen.json): no choice, questions go to the redactie, and a note says so. */
  unavailable: boolean;
  onChange: (region: string | undefined) => void;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

const link = (href: string, text: string) => {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
};

/** A choice of werkgebied; the first option (`none`) means none chosen. */
function regionSelect(id: string, regions: readonly AnswerRegion[], choice: RegionChoice, none: string): HTMLSelectElement {
  const select = element('select', 'region-choice');
  select.id = id;
  select.append(new Option(none, ''));
  for (const region of regions) select.append(new Option(region.name, region.id, false, region.id === choice.region));
  select.addEventListener('change', () => choice.onChange(select.value || undefined));
  return select;
}

function linkPart(label: string, target: AnswerLink): HTMLLIElement {
  const item = element('li', 'answer__part');
  const title = element('p', 'answer__title');
  title.append(link(target.href, target.title));
  item.append(element('p', 'answer__label', label), title);
  return item;
}

function personLines(found: PersonAnswer, data: AskData): HTMLElement[] {
  const { person, outside } = found;
  const who = element('p', 'answer__title answer__person');
  who.append(link(person.href, person.name), `, ${person.role}`);
  const names = person.regions.flatMap((id) => data.regions.find((region) => region.id === id)?.name ?? []);
  const everywhere = data.regions.length > 1 && names.length === data.regions.length;
  const where = element('p', 'answer__where');
  if (outside) where.append(element('span', 'badge badge--warning', searchAnswer.outside), ' ');
  if (names.length > 0) where.append(everywhere ? searchAnswer.worksEverywhere : searchAnswer.worksIn(names));
  return where.hasChildNodes() ? [who, where] : [who];
}

/** The person part: "Wie kan je vragen in <werkgebied>?" with a person, or the mail to the werkgebied. */
function personPart(answer: Answer, data: AskData, choice: RegionChoice, question: string): HTMLLIElement {
  const item = element('li', 'answer__part');
  const label = element('p', 'answer__label');
  const chosen = data.regions.find((region) => region.id === choice.region);
  if (choice.fromFilter && chosen) {
    label.textContent = searchAnswer.askInRegion(chosen.name);
  } else if (choice.unavailable) {
    label.textContent = searchAnswer.askSomeone;
  } else {
    const heading = element('label', undefined, searchAnswer.askIn);
    heading.htmlFor = 'answer-region';
    const select = element('span', 'answer__choice');
    select.append(regionSelect('answer-region', data.regions, choice, searchAnswer.yourRegion), '?');
    label.append(heading, ' ', select);
  }
  item.append(label);
  if (answer.person) item.append(...personLines(answer.person, data));
  else item.append(askLink(data, choice.region, question));
  if (choice.unavailable) item.append(element('p', 'answer__note', searchAnswer.regionsFailed));
  else if (!choice.fromFilter) item.append(element('p', 'answer__note', searchAnswer.remembered));
  return item;
}

/** Fills the answer card: the example, the lesson and the person part (a mail link when there is no person). */
export function renderAnswer(list: HTMLUListElement, answer: Answer, data: AskData, choice: RegionChoice, question: string): void {
  const parts: HTMLLIElement[] = [];
  if (answer.example) parts.push(linkPart(searchAnswer.example, answer.example));
  if (answer.lesson) parts.push(linkPart(searchAnswer.lesson, answer.lesson));
  parts.push(personPart(answer, data, choice, question));
  list.replaceChildren(...parts);
}

/** "Mail je vraag aan <coordinator>" (or the redactie), with the question as subject. */
function askLink(data: AskData, region: string | undefined, question: string): HTMLParagraphElement {
  const address = askAddress(data, region);
  const regionName = data.regions.find((candidate) => candidate.id === region)?.name;
  const text = address.name && regionName ? searchAnswer.mailCoordinator(address.name, regionName) : searchAnswer.mailEditors;
  const paragraph = element('p', 'ask__mail');
  paragraph.append(link(askMailto(address, question, searchAnswer.mailBody), text));
  return paragraph;
}

/** The question to the werkgebied when nothing is found: a choice of werkgebied (unless filtered on one, or not loaded) and the mail link. */
export function renderAsk(container: HTMLElement, data: AskData, choice: RegionChoice, question: string): void {
  const parts: HTMLElement[] = [];
  if (choice.unavailable) {
    parts.push(element('p', 'ask__region', searchAnswer.regionsFailed));
  } else if (!choice.fromFilter) {
    const row = element('p', 'ask__region');
    const label = element('label', undefined, searchAnswer.regionLabel);
    label.htmlFor = 'ask-region';
    row.append(label, ' ', regionSelect('ask-region', data.regions, choice, searchAnswer.pickRegion));
    parts.push(row);
  }
  parts.push(askLink(data, choice.region, question));
  const notes = [searchAnswer.noChildNames, ...(choice.fromFilter || choice.unavailable ? [] : [searchAnswer.remembered])];
  parts.push(element('p', 'muted', notes.join(' ')));
  container.replaceChildren(...parts);
}
