/**
 * The commands that change what Tend keeps without moving the plan: a notice read, a
 * strategy of the person's own added or removed.
 */
import type { NewCustomStrategy } from '../protocol.ts';
import { addCustom as added, removeCustom as removed } from '../state/custom.ts';
import type { State } from '../state/types.ts';
import type { Outcome, Result, World } from './world.ts';

export function dismissNotice(state: State, payload: { readonly id: string }): Outcome<null> {
  return { patch: { notices: state.notices.filter((n) => n.id !== payload.id) }, reply: null };
}

/** Refused at the limit (state/custom.ts MAX_CUSTOM), which the worker words. */
export function addCustom(state: State, payload: NewCustomStrategy, world: World): Result<{ id: string }> {
  const result = added(state.custom, payload, world.now, world.random);
  if (!result) return { refused: 'custom-limit' };
  return { patch: { custom: result.custom }, reply: { id: result.id } };
}

/** Its nudge, waiting or snoozed, leaves offer too; settle closes its notification and repaints the badge. */
export function removeCustom(state: State, payload: { readonly id: string }): Outcome<null> {
  return { patch: removed(state, payload.id), reply: null };
}
