/** Removing someone, and the Undo that puts them back as they were. Pure. */
import { refuse, type Refusal } from './codes.ts';
import { PEOPLE_MAX } from './limits.ts';
import type { Person, PeopleSlice } from './person.ts';
import { PersonSchema } from './schema.ts';
import { field, type Edited } from './transition.ts';

/** Someone just removed, and where they stood, so "Undo" can put them back (restorePerson). */
export interface Removed {
  readonly person: Person;
  /** Their index in the stored list (the order of adding). */
  readonly index: number;
}

/** Removes someone, and hands them back with their place so the popup can offer Undo. */
export function removePerson(
  slice: PeopleSlice,
  id: string,
): { readonly ok: true; readonly slice: PeopleSlice; readonly removed: Removed } | Refusal {
  const index = slice.people.findIndex((p) => p.id === id);
  const person = slice.people[index];
  if (person === undefined) return refuse('notFound', 'id');
  return { ok: true, slice: { ...slice, people: slice.people.filter((_, i) => i !== index) }, removed: { person, index } };
}

/**
 * Undo of removePerson: the person comes back exactly as they were, at their old place (or
 * at the end if the list got shorter meanwhile). Refused if their id is back already
 * (`duplicateId`, an Undo sent twice) or the list is full (`tooMany`). The person is
 * checked by the stored schema first (refused under `person.name` and the like), since an Undo may travel from
 * the popup as a message and the worker stores only what a read would accept.
 */
export function restorePerson(slice: PeopleSlice, removed: Removed): Edited {
  const checked = field(PersonSchema, removed.person, 'person');
  if (!checked.ok) return checked;
  if (!Number.isInteger(removed.index)) return refuse('outOfRange', 'index');
  if (slice.people.some((p) => p.id === removed.person.id)) return refuse('duplicateId', 'id');
  if (slice.people.length >= PEOPLE_MAX) return refuse('tooMany', 'people');
  const people = [...slice.people];
  people.splice(Math.max(0, Math.min(removed.index, people.length)), 0, checked.value);
  return { ok: true, slice: { ...slice, people } };
}
