/** Schemas for the slices the core modules do not validate themselves. */
import * as v from 'valibot';
import { MESSAGE_MAX, NUDGES_MAX, STEP_MAX, STEPS_MAX, STRATEGY_MINUTES_MAX, STRATEGY_MINUTES_MIN, TITLE_MAX, WHY_MAX } from '../limits.ts';
import { KINDS } from '../strategies/types.ts';
import { InstantSchema } from '../time/instant-schema.ts';
import { BACKUP_PREFIX } from './backups.ts';

const moment = InstantSchema;
const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const CurrentNudgeSchema = v.object({
  id: v.string(),
  strategyId: v.string(),
  kind: v.picklist(KINDS),
  line: v.pipe(v.number(), v.integer(), v.minValue(0)),
  personId: v.optional(v.string()),
  shownAt: moment,
  catchUp: v.boolean(),
  asked: v.boolean(),
  notified: v.boolean(),
  snoozedUntil: v.nullable(moment),
});

export const HealthSchema = v.object({
  notifications: v.picklist(['granted', 'denied', 'unknown']),
  checkedAt: v.nullable(moment),
});

export const NoticeSchema = v.object({
  id: v.string(),
  at: moment,
  message: v.string(),
  backupKey: v.optional(v.pipe(v.string(), v.startsWith(BACKUP_PREFIX))),
});

/** A strategy the person wrote: the same shape as the library's, with their own text. */
export const CustomStrategySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^custom-[a-z0-9-]+$/)),
  kind: v.picklist(KINDS),
  title: text(TITLE_MAX),
  nudges: v.pipe(
    v.array(v.object({ title: text(TITLE_MAX), message: text(MESSAGE_MAX) })),
    v.minLength(1),
    v.maxLength(NUDGES_MAX),
  ),
  why: v.pipe(v.string(), v.maxLength(WHY_MAX)),
  steps: v.pipe(v.array(text(STEP_MAX)), v.maxLength(STEPS_MAX)),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(STRATEGY_MINUTES_MIN), v.maxValue(STRATEGY_MINUTES_MAX)),
  withPerson: v.boolean(),
  sources: v.pipe(v.array(v.never()), v.maxLength(0)),
});
