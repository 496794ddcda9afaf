/**
 * At most `perHour` submissions from one address in any hour. Kept in memory:
 * a serverless function may run in several copies that each count on their
 * own, so this slows a flood down rather than counting exactly; the size
 * limit, the honeypot and the access code stand beside it.
 */
export interface RateLimiter {
  /** Counts one attempt from `key`; false when it is one too many. */
  hit(key: string): boolean;
}

const hour = 60 * 60 * 1000;
/** So a flood of made-up addresses cannot fill the memory. */
const maxKeys = 10_000;

export function rateLimiter(perHour: number, now: () => number = Date.now): RateLimiter {
  const attempts = new Map<string, number[]>();
  return {
    hit(key) {
      const time = now();
      const recent = (attempts.get(key) ?? []).filter((at) => time - at < hour);
      if (recent.length >= perHour) {
        attempts.set(key, recent);
        return false;
      }
      recent.push(time);
      attempts.delete(key);
      attempts.set(key, recent);
      // The oldest keys go first (a Map keeps insertion order; a key is moved to the end on every hit).
      while (attempts.size > maxKeys) attempts.delete(attempts.keys().next().value!);
      return true;
    },
  };
}
