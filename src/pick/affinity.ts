/**
 * How the person has answered each strategy, as a weight multiplier. Like Loop Habit
 * Tracker's habit score, old answers fade (exponential decay), so a strategy skipped in a
 * bad week comes back; and the bounds keep any strategy from vanishing for good or from
 * crowding out the rest. https://github.com/iSoron/uhabits (Score.kt)
 */
import type { EventType, LogEvent } from '../log/types.ts';

export const AFFINITY_HALF_LIFE_DAYS = 30;
export const AFFINITY_MIN = 0.35;
export const AFFINITY_MAX = 2.5;

const DECAY_PER_MS = Math.LN2 / (AFFINITY_HALF_LIFE_DAYS * 86_400_000);
/** Pseudo-counts: one fresh "done" lifts a strategy by half, one fresh skip lowers it by a third. */
const PRIOR = 2;

/**
 * What each answer says about the strategy, from "do more of this" (+1) to "not this" (-1).
 * Done lifts it; Later says "not now", not "not this", so it counts neither way; asking for
 * another one instead ('passed') says "something else this time", far weaker than a skip;
 * closing the notification ('dismissed') may only be clearing the screen, a weak no, yet
 * a clearer one than passing over it for another.
 */
export const ANSWER_WEIGHTS: Readonly<Record<Exclude<EventType, 'shown'>, number>> = {
  done: 1,
  snoozed: 0,
  passed: -0.1,
  dismissed: -0.25,
  skipped: -1,
};

/** strategyId → multiplier in [AFFINITY_MIN, AFFINITY_MAX]; absent means 1. */
export function affinities(log: readonly LogEvent[], now: number): Map<string, number> {
  const sums = new Map<string, { done: number; skipped: number }>();
  for (const e of log) {
    if (e.type === 'shown') continue;
    const weight = ANSWER_WEIGHTS[e.type];
    if (weight === 0) continue;
    const w = Math.exp(-DECAY_PER_MS * Math.max(0, now - e.at));
    const s = sums.get(e.strategyId) ?? { done: 0, skipped: 0 };
    if (weight > 0) s.done += weight * w;
    else s.skipped -= weight * w;
    sums.set(e.strategyId, s);
  }
  const result = new Map<string, number>();
  for (const [id, s] of sums) {
    const ratio = (PRIOR + s.done) / (PRIOR + s.skipped);
    result.set(id, Math.min(AFFINITY_MAX, Math.max(AFFINITY_MIN, ratio)));
  }
  return result;
}
