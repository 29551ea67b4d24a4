/**
 * The People commands (issue 11) as pure transitions over the stored state: add, edit,
 * pause ("not for now"), resume, remove with the Undo that puts someone back, and "we
 * talked". Each wraps the people core (src/people/) and saves only the people slice; none
 * moves the plan, since who is named is decided when a nudge is claimed.
 *
 * A refusal is part of the reply, `{ ok: false, code, path }`, not a thrown error: the
 * form shows it next to the field `path` names, in the person's language (STYLE.md §14),
 * and nothing was saved. (Command errors that cross the protocol as prose cannot say which
 * field they mean.)
 */
import { recordContact } from '../people/contact.ts';
import type { PeopleCode } from '../people/codes.ts';
import { addPerson as added, editPerson as edited, pausePerson as paused, resumePerson as resumed, type PersonInput, type PersonPatch } from '../people/edit.ts';
import type { PausedUntil } from '../people/person.ts';
import { removePerson as removed, restorePerson as restored, type Removed } from '../people/remove.ts';
import type { Edited } from '../people/transition.ts';
import type { State } from '../state/types.ts';
import { unchanged, type Outcome, type World } from './world.ts';

/** What a People command answers: done (with what it returns), or why not, as a code and a field. */
export type PeopleReply<T extends object = object> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly code: PeopleCode; readonly path: string };

export interface TalkedInput {
  readonly id: string;
  /** When they were in touch; absent is now (the People view's one tap). */
  readonly at?: number;
  readonly note?: string;
}

/**
 * A person's moments are whole ms (src/people/schema.ts): the worker's clock gives them, the
 * simulator's runs in fractions of one.
 */
const whole = (now: number): number => Math.floor(now);

function saved(result: Edited): Outcome<PeopleReply> {
  if (!result.ok) return unchanged({ ok: false, code: result.code, path: result.path });
  return { patch: { people: result.slice }, reply: { ok: true } };
}

export function addPerson(state: State, payload: PersonInput, world: World): Outcome<PeopleReply<{ readonly id: string }>> {
  const result = added(state.people, payload, whole(world.now), world.random);
  if (!result.ok) return unchanged({ ok: false, code: result.code, path: result.path });
  return { patch: { people: result.slice }, reply: { ok: true, id: result.id } };
}

export function editPerson(state: State, payload: { readonly id: string; readonly patch: PersonPatch }, world: World): Outcome<PeopleReply> {
  return saved(edited(state.people, payload.id, payload.patch, whole(world.now)));
}

export function pausePerson(state: State, payload: { readonly id: string; readonly until: PausedUntil }, world: World): Outcome<PeopleReply> {
  return saved(paused(state.people, payload.id, payload.until, whole(world.now)));
}

export function resumePerson(state: State, payload: { readonly id: string }, world: World): Outcome<PeopleReply> {
  return saved(resumed(state.people, payload.id, whole(world.now)));
}

/** The reply carries the person and their place, which Undo sends back (restorePerson). */
export function removePerson(state: State, payload: { readonly id: string }): Outcome<PeopleReply<{ readonly removed: Removed }>> {
  const result = removed(state.people, payload.id);
  if (!result.ok) return unchanged({ ok: false, code: result.code, path: result.path });
  return { patch: { people: result.slice }, reply: { ok: true, removed: result.removed } };
}

export function restorePerson(state: State, payload: { readonly removed: Removed }): Outcome<PeopleReply> {
  return saved(restored(state.people, payload.removed));
}

/** "We talked": now, or at the moment the person says (a nudge in the log, afterwards). */
export function talked(state: State, payload: TalkedInput, world: World): Outcome<PeopleReply> {
  const now = whole(world.now);
  const contact = payload.note === undefined ? { at: payload.at ?? now } : { at: payload.at ?? now, note: payload.note };
  return saved(recordContact(state.people, payload.id, contact, now));
}

/**
 * Done on a nudge that named someone records that contact, with the answer: the slices to
 * save with it (none for a nudge that named nobody, a stale id, or a person since removed).
 */
export function contactOnDone(state: Pick<State, 'current' | 'people'>, nudgeId: string, now: number): Partial<State> {
  const current = state.current;
  if (current?.id !== nudgeId || current.personId === undefined) return {};
  const at = whole(now);
  const result = recordContact(state.people, current.personId, { at }, at);
  return result.ok ? { people: result.slice } : {};
}
