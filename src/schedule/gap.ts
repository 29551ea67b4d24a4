/**
 * How far apart nudges fall. Jitter makes the rhythm feel like a person's, not a
 * metronome's; bounds keep it from ever feeling like a burst.
 */
import type { Settings } from '../settings/types.ts';
import type { Random } from '../random.ts';
import type { Calendar } from './calendar.ts';
import type { History } from './history.ts';

const MINUTE = 60_000;

/**
 * A gap around `meanMs`: ±spread, triangular (two uniforms), so most gaps sit near the
 * mean and none fall below (1 − spread) × mean — half the mean at most.
 */
export function sampleGap(meanMs: number, spread: number, random: Random): number {
  const u = random() + random() - 1;
  return meanMs * (1 + spread * u);
}

/**
 * "A random while" after a range opens (or after a pause, a long absence, a new install):
 * 10–50 % of the interval, or of the window when the window is shorter.
 */
export function openingDelay(settings: Settings, windowLeftMs: number, random: Random): number {
  const base = Math.min(settings.intervalMinutes * MINUTE, windowLeftMs);
  return base * (0.1 + 0.4 * random());
}

/**
 * The mean gap after a nudge at `at`: the interval, stretched when the cap would otherwise
 * use up the day's nudges early and leave the rest of it silent. With the defaults
 * (12 h day, cap 4, every 2 h) this spreads four nudges across the day instead of
 * four by mid-afternoon. It never shrinks below the interval.
 */
export function meanGapAfter(at: number, settings: Settings, calendar: Calendar, history: History): number {
  const interval = settings.intervalMinutes * MINUTE;
  const left = settings.dailyCap - history.countSince(calendar.dayStart(at));
  if (left <= 0) return interval;
  const activeLeft = calendar.activeBetween(at, calendar.nextDayStart(at));
  return Math.max(interval, activeLeft / (left + 0.5));
}
