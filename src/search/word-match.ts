/**
 * When a word in a page counts as the word that was searched for. Pagefind
 * also matches on part of a word: "autisme" finds "autismespectrumstoornis"
 * (fine), but when a word is not in the index at all it falls back to a
 * shorter word that is, so "Sofie" finds "so" in "so-school". This rule keeps
 * word forms and drops such fragments. No imports: the browser uses it.
 */

/** Lower case, without accents: "Coördinator" and "coordinator" are the same word. */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl');
}

/**
 * A word matches a term when it starts with the term minus its last three
 * letters (at least four): "autistische" for "autisme", "samenwerking" for
 * "samenwerken", roughly as Pagefind's Dutch stemming finds them. A word
 * that is the start of the term counts when it is most of it: "plusklas"
 * for "plusklassen", never "so" for "sofie". Short terms such as "ASS" must
 * match a whole word. Both are single words of letters and digits.
 */
export function wordMatches(word: string, term: string): boolean {
  const [plain, wanted] = [plainWord(word), plainWord(term)];
  if (wanted.length < 4) return plain === wanted;
  const stemLength = Math.max(4, wanted.length - 3);
  return plain.startsWith(wanted.slice(0, stemLength)) || (wanted.startsWith(plain) && plain.length >= stemLength);
}

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Whether a piece of page text as Pagefind splits it ("so-school,", "(ASS)")
 * holds a word matching one of the words of `term` ("3?" is "3").
 */
export function textMatches(text: string, term: string): boolean {
  const terms = term.match(wordPattern) ?? [];
  const words = [...(text.match(wordPattern) ?? []), text.replace(/[^\p{L}\p{N}]/gu, '')];
  return terms.length > 0 && terms.every((wanted) => words.some((word) => word !== '' && wordMatches(word, wanted)));
}
