/** Pieces every page for parents shares: the glossary as words, the list of words met on a page, the steunpunt. */
import { nl } from '../../i18n/nl.ts';
import site from '../../site.config.ts';
import type { Relations } from '../relations.ts';
import { entryUrl, listUrl } from '../urls.ts';
import { FirstUse, type GlossaryWord } from './glossary-words.ts';

// Per site content, so every page shares one list (and one compiled matcher, see glossary-words.ts).
const wordLists = new WeakMap<Relations, GlossaryWord[]>();

export function glossaryWords(relations: Relations): GlossaryWord[] {
  let words = wordLists.get(relations);
  if (!words) wordLists.set(relations, (words = relations.glossary.map((entry) => ({ id: entry.id, ...entry.data }))));
  return words;
}

/** A fresh first-use tracker for one page. */
export const firstUseOn = (relations: Relations) => new FirstUse(glossaryWords(relations));

/** The id of a word's explanation on a page, for `aria-describedby` on its link. */
export const explanationId = (wordId: string) => `uitleg-${wordId}`;

/** The "Moeilijke woorden op deze pagina" list: each word met, with its explanation and its place in the glossary. */
export function wordNotes(used: readonly GlossaryWord[]) {
  return {
    heading: nl.parents.wordsHeading,
    allWords: { label: nl.parents.allWords, href: listUrl('glossary') },
    words: used.map((word) => ({
      id: explanationId(word.id),
      term: word.term,
      full: word.full,
      explanation: word.explanation,
      href: entryUrl('glossary', word.id),
    })),
  };
}
export type WordNotes = ReturnType<typeof wordNotes>;

interface SupportLink {
  label: string;
  text: string;
  href: string;
}

/** The samenwerkingsverband's ouder- en jeugdsteunpunt from the site config, with its links; undefined when there is none. */
export function supportBox(support = site.parentSupport) {
  if (!support) return undefined;
  const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '').replace(/^0/, '+31')}`;
  const links: Array<SupportLink | undefined> = [
    support.phone ? { label: nl.parents.supportPhone, text: support.phone, href: telHref(support.phone) } : undefined,
    support.email ? { label: nl.parents.supportEmail, text: support.email, href: `mailto:${support.email}` } : undefined,
    support.url ? { label: nl.parents.supportWebsite, text: support.url.replace(/^https?:\/\//, '').replace(/\/$/, ''), href: support.url } : undefined,
  ];
  return {
    heading: nl.parents.supportHeading,
    intro: nl.parents.support,
    name: support.name,
    availability: support.availability,
    links: links.filter((link): link is SupportLink => link !== undefined),
    nothingStored: nl.parents.nothingStored,
  };
}
export type SupportBox = NonNullable<ReturnType<typeof supportBox>>;
