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

/** Per strategy: the decayed weight of its "do more" answers and of its "not this" ones. */
export type AnswerSums = Map<string, { done: number; skipped: number }>;

/**
 * What the picker keeps of answers that left the log (src/log/summary.ts): each strategy's
 * sums, decayed to the moment `at`. Decay is exponential, so sums decayed to `at` and then
 * from `at` to now equal each answer decayed to now: Σ w·e^(−λ(now−t)) = e^(−λ(now−at))·Σ w·e^(−λ(at−t)).
 */
export interface FoldedAnswers {
  readonly at: number;
  readonly sums: ReadonlyMap<string, { readonly done: number; readonly skipped: number }>;
}

/** Adds each answer in `log`, decayed to `now`, into `sums`. */
export function addAnswers(sums: AnswerSums, log: readonly LogEvent[], now: number): AnswerSums {
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
  return sums;
}

/** Folded sums carried to `now` (a clock set back leaves them as they were). */
export function decayedTo(folded: FoldedAnswers, now: number): AnswerSums {
  const w = Math.exp(-DECAY_PER_MS * Math.max(0, now - folded.at));
  return new Map([...folded.sums].map(([id, s]) => [id, { done: s.done * w, skipped: s.skipped * w }]));
}

/**
 * strategyId → multiplier in [AFFINITY_MIN, AFFINITY_MAX]; absent means 1. `folded`: the
 * answers that left `log` (summary.ts), so the result is the one the whole log would give.
 */
export function affinities(log: readonly LogEvent[], now: number, folded?: FoldedAnswers): Map<string, number> {
  const sums = addAnswers(folded ? decayedTo(folded, now) : new Map<string, { done: number; skipped: number }>(), log, now);
  const result = new Map<string, number>();
  for (const [id, s] of sums) {
    const ratio = (PRIOR + s.done) / (PRIOR + s.skipped);
    result.set(id, Math.min(AFFINITY_MAX, Math.max(AFFINITY_MIN, ratio)));
  }
  return result;
}
