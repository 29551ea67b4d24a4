/**
 * A simulated person answering nudges by seeded chance. Each strategy has a hidden
 * "liking", so the picker's leaning toward done and away from skipped shows in a year.
 * They press what a real person can: Done, Later, Skip, Another one, Pause (1 h or the
 * rest of today), or close the notification — each through the worker's own transitions.
 */
import type { PauseMode } from '../../src/protocol.ts';
import type { Random } from '../../src/random.ts';

export type Action = 'done' | 'snooze' | 'skip' | 'another' | 'dismiss' | 'pause' | 'ignore';

export interface Reaction {
  readonly action: Action;
  /** Minutes after the nudge shows. */
  readonly afterMinutes: number;
  /** For 'pause': which of the popup's pauses. */
  readonly mode?: Extract<PauseMode, 'hour' | 'today'>;
}

/** 0–1, stable per seed and strategy. */
export function liking(seed: number, strategyId: string): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < strategyId.length; i++) h = Math.imul(h ^ strategyId.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return ((h ^ (h >>> 12)) >>> 0) / 4294967296;
}

/**
 * How likely each answer is, per nudge (the rest is ignoring it). Without one, the person
 * answers by their liking of the strategy; the property tests draw one at random, so a
 * year of someone who always asks for another one, or snoozes everything, is tried too.
 */
export interface Temperament {
  readonly done: number;
  readonly skip: number;
  readonly snooze: number;
  readonly another: number;
  readonly pause: number;
  readonly dismiss: number;
}

function byLiking(like: number): Temperament {
  return { done: 0.15 + 0.45 * like, skip: 0.2 * (1 - like), snooze: 0.08, another: 0.07, pause: 0.01, dismiss: 0.05 };
}

/**
 * `inPopup`: the nudge was asked for and shows in the popup, not as a notification, so
 * there is nothing to close.
 */
export function react(like: number, random: Random, inPopup = false, temperament?: Temperament): Reaction {
  const t = temperament ?? byLiking(like);
  const total = Math.max(1, t.done + t.skip + t.snooze + t.another + t.pause + t.dismiss);
  const r = random() * total;
  const quick = (): number => 0.5 + 4.5 * random();
  let edge = t.done;
  if (r < edge) return { action: 'done', afterMinutes: 2 + 28 * random() };
  if (r < (edge += t.skip)) return { action: 'skip', afterMinutes: quick() };
  if (r < (edge += t.snooze)) return { action: 'snooze', afterMinutes: quick() };
  if (r < (edge += t.another)) return { action: 'another', afterMinutes: quick() };
  if (r < (edge += t.pause)) return { action: 'pause', afterMinutes: quick(), mode: random() < 0.7 ? 'hour' : 'today' };
  if (!inPopup && r < edge + t.dismiss) return { action: 'dismiss', afterMinutes: 0.2 + 10 * random() };
  return { action: 'ignore', afterMinutes: 0 };
}
