/**
 * The settings schema: every edge (storage read, import) passes through it. Each message is
 * a code (./codes.ts), never words: `parseSettings` pairs it with the field's path and the
 * page words it in the person's language.
 */
import * as v from 'valibot';
import { KINDS, type Kind } from '../strategies/types.ts';
import { instantSchema } from '../time/instant-schema.ts';
import { WEEKDAYS, type Weekday } from '../time/local-date.ts';
import * as limit from '../limits.ts';
import type { SettingsCode } from './codes.ts';
import { DEFAULT_KIND_PREFERENCE, SETTINGS_VERSION } from './defaults.ts';
import type { Settings } from './types.ts';

// A code, typed: a misspelt one does not compile.
const code = (c: SettingsCode): SettingsCode => c;
const WRONG_TYPE = code('wrongType');
const OUT_OF_RANGE = code('outOfRange');

const wholeBetween = (min: number, max: number) =>
  v.pipe(v.number(WRONG_TYPE), v.integer(code('notWhole')), v.minValue(min, OUT_OF_RANGE), v.maxValue(max, OUT_OF_RANGE));

const flag = v.boolean(WRONG_TYPE);

const Time = v.pipe(v.string(WRONG_TYPE), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, code('badTime')));

// To cross midnight a range ends earlier than it starts; the same time twice is no range.
const Range = v.pipe(
  v.object({ start: Time, end: Time }, WRONG_TYPE),
  v.check((r) => r.start !== r.end, code('sameTime')),
);

const Day = v.pipe(v.array(Range, WRONG_TYPE), v.maxLength(limit.RANGES_A_DAY_MAX, code('tooMany')));

const ActiveHoursSchema = v.object(
  Object.fromEntries(WEEKDAYS.map((day) => [day, Day])) as Record<Weekday, typeof Day>,
  WRONG_TYPE,
);

const KindPreferenceSchema = v.object(
  {
    enabled: flag,
    weight: v.pipe(v.number(WRONG_TYPE), v.minValue(limit.WEIGHT_MIN, OUT_OF_RANGE), v.maxValue(limit.WEIGHT_MAX, OUT_OF_RANGE)),
  },
  WRONG_TYPE,
);

// A kind added to the library after settings were saved comes in enabled at weight 1,
// rather than invalidating every stored settings object.
const kindEntry = () => v.optional(KindPreferenceSchema, () => DEFAULT_KIND_PREFERENCE);

const KindsSchema = v.object(
  Object.fromEntries(KINDS.map((kind) => [kind, kindEntry()])) as Record<Kind, ReturnType<typeof kindEntry>>,
  WRONG_TYPE,
);

const PauseSchema = v.nullable(
  v.object(
    {
      // A moment past what Date can hold would make every wake throw "Invalid time value".
      until: v.union([v.pipe(instantSchema(OUT_OF_RANGE), v.integer(code('notWhole'))), v.literal('resume')], WRONG_TYPE),
    },
    WRONG_TYPE,
  ),
);

export const SettingsSchema = v.pipe(
  v.object(
    {
      version: v.literal(SETTINGS_VERSION, code('badVersion')),
      intervalMinutes: wholeBetween(limit.INTERVAL_MIN, limit.INTERVAL_MAX),
      spread: v.pipe(v.number(WRONG_TYPE), v.minValue(limit.SPREAD_MIN, OUT_OF_RANGE), v.maxValue(limit.SPREAD_MAX, OUT_OF_RANGE)),
      activeHours: ActiveHoursSchema,
      dailyCap: wholeBetween(limit.DAILY_CAP_MIN, limit.DAILY_CAP_MAX),
      minGapMinutes: wholeBetween(limit.GAP_MIN, limit.GAP_MAX),
      kinds: KindsSchema,
      pause: PauseSchema,
      snoozeMinutes: wholeBetween(limit.SNOOZE_MIN, limit.SNOOZE_MAX),
      holds: v.object(
        { idle: flag, fullscreen: flag, audio: flag },
        WRONG_TYPE,
      ),
      notifications: v.object(
        { silent: flag, requireInteraction: flag },
        WRONG_TYPE,
      ),
      askFelt: flag,
    },
    WRONG_TYPE,
  ),
  v.forward(
    v.partialCheck(
      [['minGapMinutes'], ['intervalMinutes']],
      (s) => s.minGapMinutes <= s.intervalMinutes,
      code('gapOverInterval'),
    ),
    ['minGapMinutes'],
  ),
);

// The schema's output must be usable wherever the core expects Settings (compile-time check).
export type SettingsOutput = v.InferOutput<typeof SettingsSchema>;
export const asSettings = (output: SettingsOutput): Settings => output;
