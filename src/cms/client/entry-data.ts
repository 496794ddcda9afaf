/**
 * An entry as Decap holds it (Immutable.js maps and lists) turned into what
 * the file will hold: plain fields, and the Markdown body apart. Decap writes
 * the file from the same `toJS()` of the data, so the check sees what is saved.
 */

interface ImmutableValue {
  toJS(): unknown;
}

const isImmutable = (value: unknown): value is ImmutableValue =>
  typeof value === 'object' && value !== null && typeof (value as Partial<ImmutableValue>).toJS === 'function';

/** The fields of an entry's data as plain values, and its body (empty for YAML collections). */
export function plainEntry(data: unknown): { fields: Record<string, unknown>; body: string } {
  const plain = isImmutable(data) ? data.toJS() : data;
  if (typeof plain !== 'object' || plain === null || Array.isArray(plain)) return { fields: {}, body: '' };
  const { body, ...fields } = plain as Record<string, unknown>;
  return { fields, body: typeof body === 'string' ? body : '' };
}
