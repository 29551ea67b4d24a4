/**
 * What has been shown, for the cap and the minimum gap. The state is the primary record
 * (it is saved before a nudge shows); the log is a second witness, so losing either one
 * (a reset state, a trimmed log) never lets the cap or the gap be broken.
 */
import type { LogEvent } from '../log/types.ts';
import type { ScheduleState } from './state.ts';

export interface History {
  readonly lastShownAt: number | null;
  /** Nudges that count toward the cap shown at or after `since` (and not after now). */
  countSince(since: number): number;
}

/** Nudges the person asked for ("Another one", "Start now") do not count toward the cap. */
const counts = (e: LogEvent): boolean => e.type === 'shown' && e.asked !== true;

/**
 * The log is appended in time order, so scans run backwards from the newest event and stop
 * a little past the moment they need (the margin tolerates a clock that jumped back).
 */
const SCAN_MARGIN_MS = 86_400_000;

export function makeHistory(state: ScheduleState, log: readonly LogEvent[], now: number): History {
  let lastShownAt = state.lastShownAt;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i];
    if (!e) continue;
    if (lastShownAt !== null && e.at < lastShownAt - SCAN_MARGIN_MS) break;
    if (counts(e) && e.at <= now && (lastShownAt === null || e.at > lastShownAt)) lastShownAt = e.at;
  }
  return {
    lastShownAt,
    countSince(since) {
      let fromState = 0;
      for (const at of state.shownAt) if (at >= since && at <= now) fromState++;
      // A nudge shown again after a snooze may be logged twice under one id.
      let fromLog = 0;
      let lastId = '';
      for (let i = log.length - 1; i >= 0; i--) {
        const e = log[i];
        if (!e) continue;
        if (e.at < since - SCAN_MARGIN_MS) break;
        if (counts(e) && e.at >= since && e.at <= now && e.nudgeId !== lastId) {
          fromLog++;
          lastId = e.nudgeId;
        }
      }
      return Math.max(fromState, fromLog);
    },
  };
}

const KEEP_MS = 2 * 86_400_000;

/** Keeps only what a daily cap can still need: a local day starts at most 25 h before now. */
export function recordShown(shownAt: readonly number[], now: number): readonly number[] {
  return [...shownAt.filter((at) => at > now - KEEP_MS && at <= now), now];
}
