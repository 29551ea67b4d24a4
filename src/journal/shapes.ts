/**
 * The two schema pieces the journal's slices share (schema.ts, felt.ts): a click's time and
 * a plain strict object. Apart from basics.ts, which the popup's first paint reads without
 * any schema.
 */
import * as v from 'valibot';
import { AT_MAX, AT_MIN, code, isPlainObject } from './basics.ts';

/** Whole ms: a click's time; fractions would only make ids and ordering fragile. */
export const AtSchema = v.pipe(
  v.number(code('type')),
  v.integer(code('time-out-of-range')),
  v.minValue(AT_MIN, code('time-out-of-range')),
  v.maxValue(AT_MAX, code('time-out-of-range')),
);

/** A strict object (unknown keys, `__proto__` among them, are refused) that must be plain. */
export const plainObject = <E extends v.ObjectEntries>(entries: E) =>
  v.pipe(v.custom<Record<string, unknown>>(isPlainObject, code('not-object')), v.strictObject(entries, code('unexpected-key')));
