/**
 * The settings schema: every edge (storage read, import) passes through it. Messages are
 * plain words; `parseSettings` prefixes them with the field's path.
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '../strategies/types.ts';
import { instantSchema } from '../time/instant.ts';
import { WEEKDAYS, type Weekday } from '../time/local-date.ts';
import * as limit from '../limits.ts';
import { DEFAULT_KIND_PREFERENCE, SETTINGS_VERSION } from './defaults.ts';
import type { Settings } from './types.ts';

// Read by people when an import fails: "at least 1 nudge", not "1 nudges".
const count = (n: number, unit: string): string => `${n} ${n === 1 ? unit.replace(/s$/, '') : unit}`;

const wholeBetween = (min: number, max: number, unit: string) =>
  v.pipe(
    v.number(`expected a number of ${unit}`),
    v.integer(`expected whole ${unit}`),
    v.minValue(min, `expected at least ${count(min, unit)}`),
    v.maxValue(max, `expected at most ${count(max, unit)}`),
  );

const flag = v.boolean('expected true or false');

const spreadWords = `expected a fraction between ${limit.SPREAD_MIN} and ${limit.SPREAD_MAX}`;

const Time = v.pipe(
  v.string('expected a time like 09:00'),
  v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 09:00'),
);

const Range = v.pipe(
  v.object({ start: Time, end: Time }, 'expected a range like {"start": "09:00", "end": "21:00"}'),
  v.check(
    (r) => r.start !== r.end,
    'start and end must differ (to cross midnight, end earlier than start)',
  ),
);

const Day = v.pipe(
  v.array(Range, 'expected a list of time ranges (empty for no nudges that day)'),
  v.maxLength(limit.RANGES_A_DAY_MAX, `expected at most ${limit.RANGES_A_DAY_MAX} ranges a day`),
);

const ActiveHoursSchema = v.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, Day])) as Record<Weekday, typeof Day>,
  'expected one list of ranges for each weekday, mon to sun',
);

const KindPreferenceSchema = v.object(
  {
    enabled: flag,
    weight: v.pipe(
      v.number('expected a number'),
      v.minValue(limit.WEIGHT_MIN, `expected at least ${limit.WEIGHT_MIN}`),
      v.maxValue(limit.WEIGHT_MAX, `expected at most ${limit.WEIGHT_MAX}`),
    ),
  },
  'expected {"enabled": true/false, "weight": number}',
);

// A kind added to the library after settings were saved comes in enabled at weight 1,
// rather than invalidating every stored settings object.
const kindEntry = () => v.optional(KindPreferenceSchema, () => DEFAULT_KIND_PREFERENCE);

const KindsSchema = v.object(
  Object.fromEntries(KINDS.map((kind) => [kind, kindEntry()])) as Record<Kind, ReturnType<typeof kindEntry>>,
  'expected an entry for each kind of strategy',
);

const PauseSchema = v.nullable(
  v.object(
    {
      // A moment past what Date can hold would make every wake throw "Invalid time value".
      until: v.union(
        [
          v.pipe(instantSchema('expected a moment between the years 2000 and 2200'), v.integer('expected a whole number of ms')),
          v.literal('resume'),
        ],
        'expected a moment (ms since 1970) or "resume"',
      ),
    },
    'expected null or {"until": moment or "resume"}',
  ),
);

export const SettingsSchema = v.pipe(
  v.object(
    {
      version: v.literal(SETTINGS_VERSION, `expected ${SETTINGS_VERSION}`),
      intervalMinutes: wholeBetween(limit.INTERVAL_MIN, limit.INTERVAL_MAX, 'minutes'),
      spread: v.pipe(
        v.number(spreadWords),
        v.minValue(limit.SPREAD_MIN, spreadWords),
        v.maxValue(limit.SPREAD_MAX, spreadWords),
      ),
      activeHours: ActiveHoursSchema,
      dailyCap: wholeBetween(limit.DAILY_CAP_MIN, limit.DAILY_CAP_MAX, 'nudges'),
      minGapMinutes: wholeBetween(limit.GAP_MIN, limit.GAP_MAX, 'minutes'),
      kinds: KindsSchema,
      pause: PauseSchema,
      snoozeMinutes: wholeBetween(limit.SNOOZE_MIN, limit.SNOOZE_MAX, 'minutes'),
      holds: v.object(
        { idle: flag, fullscreen: flag, audio: flag },
        'expected {"idle", "fullscreen", "audio"} flags',
      ),
      notifications: v.object(
        { silent: flag, requireInteraction: flag },
        'expected {"silent", "requireInteraction"} flags',
      ),
    },
    'expected an object',
  ),
  v.forward(
    v.partialCheck(
      [['minGapMinutes'], ['intervalMinutes']],
      (s) => s.minGapMinutes <= s.intervalMinutes,
      'must not exceed intervalMinutes (the minimum gap cannot be longer than the average interval)',
    ),
    ['minGapMinutes'],
  ),
);

// The schema's output must be usable wherever the core expects Settings (compile-time check).
export type SettingsOutput = v.InferOutput<typeof SettingsSchema>;
export const asSettings = (output: SettingsOutput): Settings => output;
