/**
 * The content check of the running `astro build`, which runs beside Astro's
 * own start-up and content loading (src/integrations/content-check.ts).
 * Shared through globalThis: Astro loads the content config
 * (src/content.config.ts) in another module graph than the integrations.
 */
const key = Symbol.for('leernetwerk.contentCheck');
type WithCheck = typeof globalThis & { [key]?: Promise<void> };

export function setContentCheck(done: Promise<void>): void {
  (globalThis as WithCheck)[key] = done;
}

/** Resolves when the content check is done and found no errors (on errors the build stops with its report). */
export function contentCheckDone(): Promise<void> {
  return (globalThis as WithCheck)[key] ?? Promise.resolve();
}
