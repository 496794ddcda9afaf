/**
 * The visitor's werkgebied, picked once in the answer card and remembered on
 * this device only (local storage: never sent anywhere, no cookie). When the
 * browser refuses storage, the choice lasts as long as the page.
 */
const storageKey = 'leernetwerk:werkgebied';
let fallback: string | undefined;

/** The remembered werkgebied, if it is one of `known` (a werkgebied may have gone since). */
export function rememberedRegion(known: readonly string[]): string | undefined {
  let stored: string | null | undefined = fallback;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // Storage blocked: keep what was picked on this page.
  }
  return stored && known.includes(stored) ? stored : undefined;
}

/** Remembers `region`, or forgets the choice when it is undefined. */
export function rememberRegion(region: string | undefined): void {
  fallback = region;
  try {
    if (region) localStorage.setItem(storageKey, region);
    else localStorage.removeItem(storageKey);
  } catch {
    // Storage blocked: remembered for this page only.
  }
}
