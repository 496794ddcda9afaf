/** A field's path as editors read it in messages: `contact.email`, `regions[2]` (lists count from 1). */
export function fieldPath(segments: readonly PropertyKey[]): string | undefined {
  if (segments.length === 0) return undefined;
  return segments
    .map((segment, index) => (typeof segment === 'number' ? `[${segment + 1}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}
