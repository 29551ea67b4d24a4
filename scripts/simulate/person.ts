/**
 * A simulated person answering nudges by seeded chance. Each strategy has a hidden
 * "liking", so the picker's leaning toward done and away from skipped shows in a year.
 */
import type { Random } from '../../src/random.ts';

export type Action = 'done' | 'snooze' | 'skip' | 'ignore';

export interface Reaction {
  readonly action: Action;
  /** Minutes after the nudge shows. */
  readonly afterMinutes: number;
}

/** 0–1, stable per seed and strategy. */
export function liking(seed: number, strategyId: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < strategyId.length; i++) h = Math.imul(h ^ strategyId.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return ((h ^ (h >>> 12)) >>> 0) / 4294967296;
}

export function react(like: number, random: Random): Reaction {
  const r = random();
  const done = 0.15 + 0.45 * like;
  const skip = 0.25 * (1 - like);
  const snooze = 0.1;
  if (r < done) return { action: 'done', afterMinutes: 2 + 28 * random() };
  if (r < done + skip) return { action: 'skip', afterMinutes: 0.5 + 4.5 * random() };
  if (r < done + skip + snooze) return { action: 'snooze', afterMinutes: 0.5 + 4.5 * random() };
  return { action: 'ignore', afterMinutes: 0 };
}
