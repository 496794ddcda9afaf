/**
 * Decap's Dutch, in the site's words: its own nl phrase book with the
 * phrases of nl.cmsWords.decapPhrases put in. Those fill what Decap's Dutch
 * lacks (it falls back to English, also in texts for screen readers) and
 * replace what reads badly ("Thema's is vereist."). Decap reads the phrase
 * book only after its config has loaded, so the setup can still change it.
 */
import { nl } from '../../i18n/nl.ts';

export type Phrases = { [key: string]: string | Phrases };

export const phraseOverrides: Phrases = nl.cmsWords.decapPhrases;

/** `base` with every phrase of `overrides` put in; `base` itself stays as it was. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] = typeof value === 'object' && typeof current === 'object' ? mergePhrases(current, value) : value;
  }
  return merged;
}
