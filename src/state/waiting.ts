import type { CurrentNudge, State } from './types.ts';

/** The nudge on offer right now: the current one, unless it was put off with Later. */
export function waitingNudge(state: Pick<State, 'current'>): CurrentNudge | null {
  return state.current?.snoozedUntil === null ? state.current : null;
}

/**
 * The nudge put off with Later, waiting to come back; null when there is none. Asking for
 * a nudge meanwhile keeps it (src/commands/saved-for-later.ts), and the popup asks first.
 */
export function savedForLater(state: Pick<State, 'current'>): CurrentNudge | null {
  return state.current !== null && state.current.snoozedUntil !== null ? state.current : null;
}
