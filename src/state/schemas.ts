/** Schemas for the slices the core modules do not validate themselves. */
import * as v from 'valibot';
import { KINDS } from '../strategies/types.ts';

const moment = v.pipe(v.number(), v.finite());
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

export const NoticeSchema = v.object({ id: v.string(), at: moment, message: v.string() });

/** A strategy the person wrote: the same shape as the library's, with their own text. */
export const CustomStrategySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^custom-[a-z0-9-]+$/)),
  kind: v.picklist(KINDS),
  title: text(40),
  nudges: v.pipe(
    v.array(v.object({ title: text(40), message: text(120) })),
    v.minLength(1),
    v.maxLength(5),
  ),
  why: v.pipe(v.string(), v.maxLength(400)),
  steps: v.pipe(v.array(text(200)), v.maxLength(8)),
  minutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
  withPerson: v.boolean(),
  sources: v.pipe(v.array(v.never()), v.maxLength(0)),
});
