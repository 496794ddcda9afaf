/**
 * Finding glossary terms in running text, for the pages parents read: each
 * term is linked to its explanation at its first use on a page
 * (`FirstUse`), and the plain-language check knows which words the glossary
 * explains (`glossaryVocabulary`). A term is found as a whole word, with the
 * Dutch endings -s, -en, -'s; a term in capitals (OPP) only in capitals.
 * Its long form (`full`) counts as a use too.
 */

/** What the text side needs of a glossary entry (content/glossary/<id>.yaml). */
export interface GlossaryWord {
  id: string;
  term: string;
  full?: string;
  explanation: string;
  synonyms: readonly string[];
}

/** A piece of text: plain, or the first use of a glossary term on the page. */
export type TextPart = string | { text: string; word: GlossaryWord };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const apostrophes = /['’]/g;
/** True for words written in capitals, such as OPP or IB'er: those match only in capitals. */
const isCapitalised = (form: string) => /\p{Lu}{2}/u.test(form);
const normalise = (text: string) => text.replace(apostrophes, "'").replace(/\s+/g, ' ');

interface Form {
  text: string;
  word: GlossaryWord;
}

type Matcher = { pattern: RegExp; forms: Form[] } | undefined;
// One matcher per glossary: building the pattern costs far more than using it.
const matchers = new WeakMap<readonly GlossaryWord[], Matcher>();

function matcherFor(words: readonly GlossaryWord[]): Matcher {
  if (!matchers.has(words)) matchers.set(words, compile(words));
  return matchers.get(words);
}

/** A matcher for every term and long form; undefined for an empty glossary. */
function compile(words: readonly GlossaryWord[]): Matcher {
  const forms = words
    .flatMap((word) => [word.term, word.full].filter((form): form is string => Boolean(form?.trim())).map((text) => ({ text: text.trim(), word })))
    // Longest first, so "passend onderwijs" wins over "onderwijs".
    .sort((a, b) => b.text.length - a.text.length);
  if (forms.length === 0) return undefined;
  const source = (form: string) => escapeRegExp(normalise(form)).replace(/'/g, "['’]").replace(/ /g, '\\s+');
  const alternatives = forms.map((form) => `(${source(form.text)})`).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?:['’]s|['’]en|s|en)?(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, forms };
}

/** Every use of a glossary term in `text`: where it starts, the text as written, and the word. */
export function findTerms(text: string, words: readonly GlossaryWord[]): Array<{ index: number; text: string; word: GlossaryWord }> {
  const compiled = matcherFor(words);
  if (!compiled) return [];
  const found: Array<{ index: number; text: string; word: GlossaryWord }> = [];
  for (const match of text.matchAll(compiled.pattern)) {
    const group = match.findIndex((value, position) => position > 0 && value !== undefined);
    const form = compiled.forms[group - 1];
    if (isCapitalised(form.text) && normalise(match[group]) !== normalise(form.text)) continue;
    found.push({ index: match.index, text: match[0], word: form.word });
  }
  return found;
}

/**
 * Links each glossary term at its first use on one page. Feed it the page's
 * texts in reading order; `used` lists the words in order of first use, for
 * the page's "Moeilijke woorden" list.
 */
export class FirstUse {
  /** The words met on the page, in order of first use, linked or not. */
  readonly used: GlossaryWord[] = [];
  private readonly linked = new Set<string>();
  private readonly words: readonly GlossaryWord[];

  /** `ignore`: a word never linked here, such as the term a glossary entry explains. */
  constructor(words: readonly GlossaryWord[], ignore?: string) {
    this.words = words;
    if (ignore) this.linked.add(ignore);
  }

  parts(text: string): TextPart[] {
    const parts: TextPart[] = [];
    let from = 0;
    for (const found of findTerms(text, this.words)) {
      this.list(found.word);
      if (this.linked.has(found.word.id)) continue;
      this.linked.add(found.word.id);
      if (found.index > from) parts.push(text.slice(from, found.index));
      parts.push({ text: found.text, word: found.word });
      from = found.index + found.text.length;
    }
    if (from < text.length) parts.push(text.slice(from));
    return parts;
  }

  /** Lists the terms in a text that cannot hold a link (a title, a link text); a later use is still linked. */
  note(text: string): void {
    for (const found of findTerms(text, this.words)) this.list(found.word);
  }

  private list(word: GlossaryWord): void {
    if (!this.used.includes(word)) this.used.push(word);
  }
}

/**
 * The words the glossary explains, for the plain-language check: every term,
 * long form and synonym in lower case, and the capitals of each abbreviation
 * among them (IB'er gives "IB").
 */
export function glossaryVocabulary(words: readonly GlossaryWord[]): { words: Set<string>; abbreviations: Set<string> } {
  const all = words.flatMap((word) => [word.term, word.full ?? '', ...word.synonyms]).filter(Boolean);
  const vocabulary = { words: new Set<string>(), abbreviations: new Set<string>() };
  for (const form of all) {
    vocabulary.words.add(normalise(form).toLocaleLowerCase('nl'));
    for (const token of form.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu) ?? []) {
      vocabulary.words.add(normalise(token).toLocaleLowerCase('nl'));
      const capitals = abbreviationOf(token);
      if (capitals) vocabulary.abbreviations.add(capitals);
    }
  }
  return vocabulary;
}

/** The capitals of a word that looks like an abbreviation (OPP, TLV's, IB'ers), or undefined. */
export function abbreviationOf(token: string): string | undefined {
  return /^(\p{Lu}{2,})(?:['’]?\p{Ll}{1,3})?$/u.exec(token)?.[1];
}
