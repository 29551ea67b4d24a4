/**
 * Seeded randomness for the simulation and the tests. The core only ever sees a
 * `() => number` in [0, 1); the worker passes `Math.random`, tests pass `seeded(n)` so a
 * simulated year replays exactly.
 */
export type Random = () => number;

/**
 * mulberry32: a 32-bit state, fast, and good enough for spacing nudges (not for secrets).
 * https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 */
export function seeded(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform number in [min, max). */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}
