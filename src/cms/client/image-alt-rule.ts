/**
 * The rule the CMS applies to image fields on every save: an image field left
 * empty is dropped (the field is optional, an empty one would not validate),
 * and an image without a description (alt text) is refused with a message.
 */
import { nl } from '../../i18n/nl.ts';
import type { ImmutableMap } from './decap.ts';

export const imageWithoutAltMessage = nl.cms.imageWithoutAlt;

/** An image field's value: a map with `src` and/or `alt`. */
function isImageValue(value: unknown): value is ImmutableMap {
  if (!value || typeof (value as ImmutableMap).get !== 'function' || typeof (value as ImmutableMap).has !== 'function') return false;
  const map = value as ImmutableMap;
  return map.has('src') || map.has('alt');
}

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** The entry's data to save, or an Error with the Dutch message when an image has no alt text. */
export function checkImageFields(data: ImmutableMap): ImmutableMap {
  let result = data;
  data.forEach((value, key) => {
    if (!isImageValue(value)) return;
    const src = trimmed(value.get('src'));
    const alt = trimmed(value.get('alt'));
    if (!src && !alt) result = result.delete(key);
    else if (src && !alt) throw new Error(imageWithoutAltMessage);
  });
  return result;
}
