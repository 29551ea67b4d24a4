/**
 * Pause and resume from the popup: the popup's choice becomes a concrete pause (the badge
 * and popup say until when), and the plan is made again with it. The simulator's pauses of
 * any length go through `setPause`, the same re-plan.
 */
import type { PauseMode } from '../protocol.ts';
import { PAUSE_UNTIL_RESUMED, pauseFor, pauseRestOfToday, withPause } from '../settings/pause.ts';
import type { Pause } from '../settings/types.ts';
import type { State } from '../state/types.ts';
import { saveSettings } from './settings.ts';
import type { Outcome, Sensed } from './world.ts';

/** The popup's "1 h" pause. */
export const PAUSE_HOUR_MINUTES = 60;

export function pauseOf(mode: PauseMode, now: number, timeZone: string): Pause | null {
  switch (mode) {
    case 'hour':
      return pauseFor(now, PAUSE_HOUR_MINUTES);
    case 'today':
      return pauseRestOfToday(now, timeZone);
    case 'until-resumed':
      return PAUSE_UNTIL_RESUMED;
    case 'resume':
      return null;
  }
}

/** Any pause (null: resume), re-planned as a settings change. */
export function setPause(state: State, pause: Pause | null, world: Sensed): Outcome<{ dueAt: number | null }> {
  return saveSettings(state, { settings: withPause(state.settings, pause) }, world);
}

export function pause(state: State, payload: { readonly mode: PauseMode }, world: Sensed): Outcome<{ dueAt: number | null }> {
  return setPause(state, pauseOf(payload.mode, world.now, world.timeZone), world);
}
