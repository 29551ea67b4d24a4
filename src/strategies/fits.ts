/**
 * When in the person's day a strategy fits. Most fit any time and say nothing; a few only
 * make sense at some hours ("A bedtime you can keep" was once offered at 11:31 AM, issue 15),
 * so they list the parts of the day they fit (StrategyMeta.fits) and the picker offers them
 * only then, in the person's local time. A strategy started by hand from the library ignores
 * this: the person asked for it.
 *
 * The windows are defined here once, for the picker and for the tests that check it.
 */
import { localParts } from '../time/zone.ts';

export const DAY_PARTS = ['morning', 'daytime', 'evening', 'meals'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;

/**
 * Local minutes of the day, [from, to). Deliberately plain clock hours, not sunrise or a
 * person's own routine: a strategy's words ("tonight", "before the day fills up") assume
 * the clock, and a nudge a little early or late in someone's day reads fine, one at the
 * wrong end of it does not.
 * - morning, 05:00–12:00: the day ahead is still ahead; after noon "this morning" is gone.
 * - daytime, 09:00–17:00: working hours, when a break from the desk means something and
 *   offices answer the phone.
 * - evening, 17:00–24:00: after the working day, winding down; the only time a bedtime
 *   nudge is offered. After midnight nothing is evening-only: it is past bedtime, and
 *   "tonight" would read oddly.
 * - meals: around breakfast, lunch and dinner (07:00–09:30, 11:30–14:00, 17:30–20:30), wide
 *   enough for most households' meal times, so "something nourishing" lands near one.
 */
export const DAY_PART_WINDOWS: Readonly<Record<DayPart, readonly (readonly [number, number])[]>> = {
  morning: [[h(5), h(12)]],
  daytime: [[h(9), h(17)]],
  evening: [[h(17), h(24)]],
  meals: [
    [h(7), h(9, 30)],
    [h(11, 30), h(14)],
    [h(17, 30), h(20, 30)],
  ],
};

/** Whether a strategy with these `fits` may be offered at `minuteOfDay` (local); none: any time. */
export function fitsMinute(fits: readonly DayPart[] | undefined, minuteOfDay: number): boolean {
  if (fits === undefined || fits.length === 0) return true;
  return fits.some((part) => DAY_PART_WINDOWS[part].some(([from, to]) => minuteOfDay >= from && minuteOfDay < to));
}

/** The local minute of the day of an instant in a zone. */
export function localMinuteOfDay(now: number, timeZone: string): number {
  const p = localParts(now, timeZone);
  return p.hour * 60 + p.minute;
}
