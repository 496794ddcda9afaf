/**
 * File names for new entries, made from the title the way Decap makes them
 * (site config `slug`: ASCII, accents dropped, dashes), so an entry sent
 * through /delen/ is named as if an editor had made it in the CMS.
 */

/** "Eén taal voor peuters & kleuters!" -> "een-taal-voor-peuters-kleuters". At most 80 characters, cut at a dash. */
export function slugFromTitle(title: string): string {
  const plain = title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= 80) return plain || 'bijdrage';
  return plain.slice(0, 81).replace(/-[^-]*$/, '') || plain.slice(0, 80);
}

/** `slug`, then `slug-2`, `slug-3`, ...: candidates for a free file name. */
export function* slugCandidates(slug: string, tries = 20): Generator<string> {
  yield slug;
  for (let number = 2; number <= tries; number += 1) yield `${slug}-${number}`;
}
