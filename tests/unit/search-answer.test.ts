/**
 * The answer card above the search results (src/search/answer.ts) and the data
 * the search page fetches for it (src/search/answer-data.ts), on the small
 * valid fixture site: Duinrand has coordinator Ans Testers (consent current,
 * autisme), Polder has no coordinator and Bert de Oude (gedrag, consent expired).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerParts, askAddress, askMailto, chooseAnswer, questionTopic, type AnswerResult } from '../../src/search/answer.ts';
import { answerPeople, askRegions } from '../../src/search/answer-data.ts';
import site from '../../src/site.config.ts';
import { fixturesDir } from '../helpers/paths.ts';
import { relationsFromFolder } from '../helpers/site-content-from-files.ts';

const relations = relationsFromFolder(path.join(fixturesDir, 'valid'));
const now = new Date('2026-12-01T12:00:00Z');
const regions = askRegions(relations, now);
const editors = { email: site.contact.email };
// As the page has it once the werkgebieden and the people of the question's thema are fetched (here: of every thema, each person once).
const everyone = [...new Map(relations.topics.flatMap((topic) => answerPeople(relations, topic.id)).map((person) => [person.href, person])).values()];
const data = { regions, editors, people: everyone };

const result = (kind: string, href: string, title: string, topics: string[] = [], regions: string[] = []): AnswerResult => ({ kind, href, title, topics, regions });
const autismResults: AnswerResult[] = [
  result('thema', '/themas/autisme/', 'Autisme', ['autisme']),
  result('les', '/lessen/rust-helpt/', 'Rust helpt iedereen', ['autisme'], ['duinrand']),
  result('prototype', '/prototypen/rustige-werkplek/', 'Een rustige werkplek in de klas', ['autisme'], ['duinrand']),
];

describe('the answer data of the search page', () => {
  it('lists per thema the people with it, with name, role, page, werkgebieden and thema’s', () => {
    expect(answerPeople(relations, 'gedrag')).toEqual([
      { name: 'Bert de Oude', role: 'Leerkracht', href: '/wie-weet-wat/bert-de-oude/', regions: ['polder'], topics: ['gedrag'] },
    ]);
    expect(answerPeople(relations, 'autisme')).toEqual([
      { name: 'Ans Testers', role: 'Intern begeleider', href: '/wie-weet-wat/ans-testers/', regions: ['duinrand'], topics: ['autisme'] },
    ]);
  });

  it('lists every werkgebied with its coordinator while their consent allows it, and none (the redactie) otherwise', () => {
    expect(regions).toEqual([
      { id: 'duinrand', name: 'Duinrand', ask: { name: 'Ans Testers', email: 'ans@proef.example' } },
      { id: 'polder', name: 'Polder' },
    ]);
    const later = askRegions(relations, new Date('2028-06-01T12:00:00Z'));
    expect(later.find((region) => region.id === 'duinrand')).toEqual({ id: 'duinrand', name: 'Duinrand' });
    expect(askAddress({ regions: later, editors }, 'duinrand')).toEqual(editors);
  });

  it('sends no questions to a coordinator who is there for parents only, but to the redactie', () => {
    const parentsOnly = relationsFromFolder(path.join(fixturesDir, 'valid'));
    const coordinator = parentsOnly.expertOf(parentsOnly.regions.find((region) => region.id === 'duinrand')!.data.coordinator)!;
    coordinator.data.audience = ['ouders'];
    const asked = askRegions(parentsOnly, now);
    expect(asked.find((region) => region.id === 'duinrand')).toEqual({ id: 'duinrand', name: 'Duinrand' });
    expect(askAddress({ regions: asked, editors }, 'duinrand')).toEqual(editors);
  });

  it('holds no other contact data: no phone number, no e-mail of a person who is not a coordinator', () => {
    const text = JSON.stringify(data);
    expect(text).not.toContain('072');
    expect(text).not.toContain('phone');
    expect(new Set(text.match(/[\w.-]+@[\w.-]+/g))).toEqual(new Set(['ans@proef.example', site.contact.email]));
    expect(JSON.stringify(regions).match(/[\w.-]+@[\w.-]+/g)).toEqual(['ans@proef.example']);
  });
});

describe('the answer card', () => {
  it('gives the best example, the best lesson and a person with the thema in the chosen werkgebied', () => {
    const answer = chooseAnswer({ results: autismResults, data, region: 'duinrand', topics: [], kinds: [] });
    expect(answer).toEqual({
      example: { title: 'Een rustige werkplek in de klas', href: '/prototypen/rustige-werkplek/' },
      lesson: { title: 'Rust helpt iedereen', href: '/lessen/rust-helpt/' },
      person: { person: expect.objectContaining({ name: 'Ans Testers' }), outside: false },
      topic: 'autisme',
    });
    expect(answerParts(answer)).toBe(3);
  });

  it('marks the person as outside the werkgebied when nobody there knows the thema', () => {
    const answer = chooseAnswer({ results: autismResults, data, region: 'polder', topics: [], kinds: [] });
    expect(answer.person).toEqual({ person: expect.objectContaining({ name: 'Ans Testers' }), outside: true });
  });

  it('does not mark anyone as outside when no werkgebied is known', () => {
    expect(chooseAnswer({ results: autismResults, data, topics: [], kinds: [] }).person?.outside).toBe(false);
  });

  it('prefers a person the search found in the werkgebied over the thema', () => {
    const results = [...autismResults, result('expert', '/wie-weet-wat/bert-de-oude/', 'Bert de Oude', ['gedrag'], ['polder'])];
    expect(chooseAnswer({ results, data, region: 'polder', topics: [], kinds: [] }).person).toEqual({
      person: expect.objectContaining({ name: 'Bert de Oude' }),
      outside: false,
    });
  });

  it('takes the thema from the filter first, then the thema page among the results, then the best result', () => {
    expect(questionTopic(autismResults, ['gedrag'])).toBe('gedrag');
    expect(questionTopic(autismResults, [])).toBe('autisme');
    expect(questionTopic([result('les', '/lessen/x/', 'X', ['gedrag', 'autisme'])], [])).toBe('gedrag');
    expect(questionTopic([result('pagina', '/over/', 'Over')], [])).toBeUndefined();
  });

  it('shows no person when the search is filtered on kinds without people', () => {
    const answer = chooseAnswer({ results: autismResults, data, region: 'duinrand', topics: [], kinds: ['les'] });
    expect(answer.person).toBeUndefined();
    expect(answerParts(answer)).toBe(2);
  });
});

describe('asking the werkgebied', () => {
  it('mails the coordinator, or the redactie when the werkgebied has none or none is chosen', () => {
    expect(askAddress(data, 'duinrand')).toEqual({ name: 'Ans Testers', email: 'ans@proef.example' });
    expect(askAddress(data, 'polder')).toEqual({ email: site.contact.email });
    expect(askAddress(data, undefined)).toEqual({ email: site.contact.email });
  });

  it('puts the question in the subject and the reminder in the body, encoded', () => {
    const href = askMailto({ email: 'ans@proef.example' }, 'rust & ASS?', 'Geen namen van kinderen.\n');
    expect(href).toBe('mailto:ans@proef.example?subject=rust%20%26%20ASS%3F&body=Geen%20namen%20van%20kinderen.%0A');
  });
});
