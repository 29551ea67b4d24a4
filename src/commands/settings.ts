/** Settings saved from the Settings view (and every pause, which is one setting). */
import type { State } from '../state/types.ts';
import { replan } from './replan.ts';
import type { Outcome, Sensed } from './world.ts';

/**
 * New settings, already checked by their schema (the worker words a refusal): saved, and
 * the plan made again at once with them. The reply says when the next nudge is due.
 */
export function saveSettings(
  state: State,
  payload: { readonly settings: State['settings'] },
  world: Sensed,
): Outcome<{ dueAt: number | null }> {
  const { patch, alarmAt } = replan(state, 'settings-changed', world, { settings: payload.settings });
  const schedule = patch.schedule ?? state.schedule;
  return { patch, alarmAt, reply: { dueAt: schedule.dueAt } };
}
