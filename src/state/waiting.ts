import type { CurrentNudge, State } from './types.ts';

/** The nudge on offer right now: the current one, unless it was put off with Later. */
export function waitingNudge(state: Pick<State, 'current'>): CurrentNudge | null {
  return state.current?.snoozedUntil === null ? state.current : null;
}
