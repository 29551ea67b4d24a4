/**
 * The --events file: a JSON array of faults. Each has a `type`, a moment (`at` as an
 * ISO-8601 string with offset, or `day` + `time` counted from the start in the --tz zone)
 * and, where it lasts, a duration (`minutes`, `hours` and/or `days`, added up). Unknown
 * keys are errors, so a typo ("hour": 2) is reported instead of silently ignored.
 * See docs/simulate.md and docs/simulate-events.example.json.
 */
import * as v from 'valibot';
import { addDays, localDateOf } from '../../src/time/local-date.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';
import { isValidTimeZone } from '../../src/time/zone.ts';
import type { Fault } from './faults.ts';

const amount = v.pipe(v.number('expected a number'), v.minValue(0, 'expected 0 or more'));
const When = {
  at: v.optional(v.pipe(v.string(), v.isoTimestamp('expected ISO-8601 with an offset, e.g. 2025-03-30T09:00:00+02:00'))),
  day: v.optional(v.pipe(v.number('expected a whole number'), v.integer('expected a whole number'), v.minValue(0, 'expected 0 or more'))),
  time: v.optional(v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 09:00'))),
};
const Lasting = { ...When, minutes: v.optional(amount), hours: v.optional(amount), days: v.optional(amount) };

const EventSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.picklist(['sleep', 'restart', 'idle', 'fullscreen', 'audio']), ...Lasting }),
    v.strictObject({ type: v.literal('kill'), ...When }),
    v.strictObject({ type: v.literal('resume'), ...When }),
    v.strictObject({
      type: v.literal('timezone'),
      ...When,
      timeZone: v.pipe(v.string(), v.check(isValidTimeZone, 'expected an IANA time zone, e.g. Europe/Berlin')),
    }),
    v.strictObject({ type: v.literal('pause'), ...Lasting, until: v.optional(v.picklist(['rest-of-today', 'until-resumed'])) }),
  ],
  'expected "type" to be one of sleep, restart, kill, timezone, idle, fullscreen, audio, pause, resume',
);

export function parseEvents(raw: unknown, start: number, timeZone: string): Fault[] {
  const result = v.safeParse(v.array(EventSchema, 'expected an array of events'), raw);
  if (!result.success) {
    const issue = result.issues[0];
    const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
    const unknownKey = issue.kind === 'schema' && issue.expected === 'never';
    throw new Error(`events${path}: ${unknownKey ? 'unknown key' : issue.message}`);
  }
  const startDate = localDateOf(start, timeZone);
  return result.output.map((e, i): Fault => {
    const fail = (why: string): never => {
      throw new Error(`events[${i}]: ${why}`);
    };
    let at: number;
    if (e.at !== undefined) {
      if (e.day !== undefined || e.time !== undefined) fail('give either "at" or "day" (+ "time"), not both');
      at = Date.parse(e.at);
    } else if (e.day !== undefined) {
      const [h, m] = (e.time ?? '00:00').split(':').map(Number) as [number, number];
      at = localToEpoch(addDays(startDate, e.day), h * 60 + m, timeZone, 'earlier');
    } else return fail('needs "at" or "day" (+ "time")');
    if (e.type === 'kill' || e.type === 'resume') return { type: e.type, at };
    if (e.type === 'timezone') return { type: e.type, at, timeZone: e.timeZone };
    const minutes = (e.minutes ?? 0) + (e.hours ?? 0) * 60 + (e.days ?? 0) * 1440;
    if (e.type === 'pause') {
      if (e.until !== undefined && minutes > 0) fail('a pause lasts either a duration or "until", not both');
      if (e.until === undefined && minutes <= 0) fail('a pause needs a duration (minutes, hours, days) or "until"');
      return { type: e.type, at, minutes: e.until ?? minutes };
    }
    if (minutes <= 0) fail('needs a duration (minutes, hours or days)');
    return { type: e.type, at, minutes };
  });
}
