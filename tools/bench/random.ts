/**
 * A seeded random source for the benchmark's synthetic content, so the same
 * seed and size always give the same files (and comparable measurements).
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` different items (fewer when the list is shorter), in random order. */
  pickSome<T>(items: readonly T[], count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32: small, fast and good enough for generating test content. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    pickSome: (items, count) => {
      if (count >= items.length) return shuffle(items);
      // Partial Fisher-Yates on indexes: cheap even when `items` is long and `count` small.
      const chosen = new Map<number, number>();
      const result: (typeof items)[number][] = [];
      for (let i = 0; i < count; i++) {
        const j = i + Math.floor(next() * (items.length - i));
        const atJ = chosen.get(j) ?? j;
        chosen.set(j, chosen.get(i) ?? i);
        result.push(items[atJ]!);
      }
      return result;
    },
    shuffle,
  };
}
