/**
 * Turns a wished-for moment into an allowed one: inside active hours, not closer than the
 * minimum gap to the last nudge, not past the day's cap. When the moment has to move to a
 * later window or day, it lands a random while after that opening, never on the dot.
 */
import type { Random } from '../random.ts';
import type { Settings } from '../settings/types.ts';
import type { Calendar } from './calendar.ts';
import { openingDelay } from './gap.ts';
import type { History } from './history.ts';

export interface PlanContext {
  readonly settings: Settings;
  readonly calendar: Calendar;
  readonly history: History;
  readonly random: Random;
}

export interface FitOptions {
  /** Treat `candidate` as an opening: add a random while (a fresh start). */
  readonly fresh: boolean;
  /**
   * Obey the daily cap and minimum gap. False only for showing a snoozed nudge again:
   * it is the same nudge, already counted.
   */
  readonly rhythm: boolean;
}

const MAX_STEPS = 64;
const HORIZON_MS = 16 * 86_400_000;

export function fit(candidate: number, ctx: PlanContext, options: FitOptions): number | null {
  const { settings, calendar, history, random } = ctx;
  const minGap = settings.minGapMinutes * 60_000;
  const earliest =
    options.rhythm && history.lastShownAt !== null ? history.lastShownAt + minGap : -Infinity;
  let t = candidate;
  let fresh = options.fresh;
  for (let step = 0; step < MAX_STEPS && t - candidate < HORIZON_MS; step++) {
    const w = calendar.windowFrom(t);
    if (!w) return null;
    if (t < w.open) {
      t = w.open;
      fresh = true;
    }
    if (fresh) {
      t += openingDelay(settings, w.close - t, random);
      fresh = false;
    }
    if (t < earliest) t = earliest;
    if (t >= w.close) continue;
    if (options.rhythm && history.countSince(calendar.dayStart(t)) >= settings.dailyCap) {
      t = calendar.nextDayStart(t);
      fresh = true;
      continue;
    }
    return t;
  }
  return null;
}
