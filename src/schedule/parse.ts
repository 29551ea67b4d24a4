/** The schedule's state read back from storage (state.ts says what it holds). */
import * as v from 'valibot';
import { InstantSchema } from '../time/instant-schema.ts';
import { INITIAL_SCHEDULE_STATE, type ScheduleState } from './state.ts';

const moment = InstantSchema;
const StateSchema = v.object({
  dueAt: v.nullable(moment),
  again: v.boolean(),
  plannedAt: v.nullable(moment),
  planKey: v.string(),
  timeZone: v.string(),
  lastShownAt: v.nullable(moment),
  shownAt: v.pipe(v.array(moment), v.maxLength(100)),
  heldSince: v.nullable(moment),
  recheckAt: v.nullable(moment),
});

/**
 * The state from storage. It is derived data, so anything unreadable starts over from
 * the initial state (the next wake plans afresh) instead of failing.
 */
export function parseScheduleState(raw: unknown): ScheduleState {
  const result = v.safeParse(StateSchema, raw);
  return result.success ? result.output : INITIAL_SCHEDULE_STATE;
}
