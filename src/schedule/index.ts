export { wake } from './wake.ts';
export { haltOf, type Halt } from './halt.ts';
export { asked, snooze, type CommandInput, type CommandResult } from './commands.ts';
export {
  INITIAL_SCHEDULE_STATE,
  parseScheduleState,
  type ScheduleState,
} from './state.ts';
export type { HoldSignals, Show, WakeInput, WakeReason, WakeResult } from './types.ts';
export { LATE_GRACE_MS } from './due.ts';
export { makeCalendar, type Calendar, type Window } from './calendar.ts';
export { isInsideActiveHours } from './inside.ts';
