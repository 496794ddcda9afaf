/** Sorting people the Dutch way: by surname, ignoring tussenvoegsels ("Anouk de Vries" sorts under V). */

const particles = new Set(['de', 'den', 'der', 'van', 'ter', 'ten', 'te', 'het', "'t", 'in', 'op', 'el', 'al', 'le', 'la', 'da', 'di', 'von', 'zu']);

export function surnameSortKey(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  const rest = parts.slice(1);
  const surnameStart = rest.findIndex((part) => !particles.has(part.toLowerCase()));
  const surname = surnameStart === -1 ? rest.join(' ') : rest.slice(surnameStart).join(' ');
  return `${surname} ${parts[0]}`.toLocaleLowerCase('nl');
}

const collator = new Intl.Collator('nl', { sensitivity: 'base' });

export function compareBySurname(a: string, b: string): number {
  return collator.compare(surnameSortKey(a), surnameSortKey(b));
}

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
