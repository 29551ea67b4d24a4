/**
 * The --events file: a JSON array of faults. Each has a `type`, a moment (`at` as an
 * ISO-8601 string with offset, or `day` + `time` counted from the start in the --tz zone)
 * and, where it lasts, a duration (`minutes`, `hours` or `days`). See docs/simulate.md.
 */
import * as v from 'valibot';
import { addDays, localDateOf } from '../../src/time/local-date.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';
import { isValidTimeZone } from '../../src/time/zone.ts';
import type { Fault } from './faults.ts';

const When = v.object({
  at: v.optional(v.pipe(v.string(), v.isoTimestamp('expected ISO-8601 with an offset, e.g. 2025-03-30T09:00:00+02:00'))),
  day: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  time: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 09:00'))),
});
const Lasting = v.object({
  ...When.entries,
  minutes: v.optional(v.pipe(v.number(), v.minValue(0))),
  hours: v.optional(v.pipe(v.number(), v.minValue(0))),
  days: v.optional(v.pipe(v.number(), v.minValue(0))),
});
const EventSchema = v.variant('type', [
  v.object({ type: v.picklist(['sleep', 'restart', 'idle', 'fullscreen', 'audio']), ...Lasting.entries }),
  v.object({ type: v.literal('kill'), ...When.entries }),
  v.object({ type: v.literal('resume'), ...When.entries }),
  v.object({
    type: v.literal('timezone'),
    ...When.entries,
    timeZone: v.pipe(v.string(), v.check(isValidTimeZone, 'expected an IANA time zone, e.g. Europe/Berlin')),
  }),
  v.object({
    type: v.literal('pause'),
    ...Lasting.entries,
    until: v.optional(v.picklist(['rest-of-today', 'until-resumed'])),
  }),
]);

export function parseEvents(raw: unknown, start: number, timeZone: string): Fault[] {
  const result = v.safeParse(v.array(EventSchema, 'expected an array of events'), raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
    throw new Error(`events${path}: ${issue.message}`);
  }
  const startDate = localDateOf(start, timeZone);
  return result.output.map((e, i): Fault => {
    let at: number;
    if (e.at !== undefined) at = Date.parse(e.at);
    else if (e.day !== undefined) {
      const [h, m] = (e.time ?? '00:00').split(':').map(Number) as [number, number];
      at = localToEpoch(addDays(startDate, e.day), h * 60 + m, timeZone, 'earlier');
    } else throw new Error(`events[${i}]: needs "at" or "day" (+ "time")`);
    if (e.type === 'kill' || e.type === 'resume') return { type: e.type, at };
    if (e.type === 'timezone') return { type: e.type, at, timeZone: e.timeZone };
    const minutes = (e.minutes ?? 0) + (e.hours ?? 0) * 60 + (e.days ?? 0) * 1440;
    if (e.type === 'pause') return { type: e.type, at, minutes: e.until ?? minutes };
    if (minutes <= 0) throw new Error(`events[${i}]: needs a duration (minutes, hours or days)`);
    return { type: e.type, at, minutes };
  });
}
