/**
 * Every change to the people list, as a pure transition from one slice to the next (the
 * worker applies them; the simulator and the tests call the very same functions). Each
 * returns the new slice, or a refusal `{ ok: false, code, path }` that names the form field
 * (`name`, `rhythmDays`, `howToReach`, `nextTime`, `note`, `at`, `until`, `id`, `people`)
 * and changes nothing. Fields are checked by the schemas in ./schema.ts, so an edit can never
 * store what a read would refuse. `now` is injected and stamps `updatedAt`.
 * Removal with undo is in ./remove.ts, "we talked" in ./contact.ts.
 */
import { refuse, type Refusal } from './codes.ts';
import { PEOPLE_MAX, isBlank } from './limits.ts';
import type { PausedUntil, Person, PeopleSlice } from './person.ts';
import { MomentSchema, NameSchema, NoteSchema, RhythmSchema } from './schema.ts';
import { field, update, type Edited, type Field } from './transition.ts';
import type { Random } from '../random.ts';

/** What the add form sends. Notes are optional; empty or blank means none. */
export interface PersonInput {
  readonly name: string;
  readonly rhythmDays: number;
  readonly howToReach?: string;
  readonly nextTime?: string;
}

/** What the edit form changed; an absent field is kept, an empty note ("") clears it. */
export type PersonPatch = Partial<PersonInput>;

type OptionalKey = 'howToReach' | 'nextTime' | 'pausedUntil';

/** The person without one optional field (exactOptionalPropertyTypes: absent, not undefined). */
function without(person: Person, key: OptionalKey): Person {
  const { howToReach, nextTime, pausedUntil, ...base } = person;
  let out: Person = base;
  if (key !== 'howToReach' && howToReach !== undefined) out = { ...out, howToReach };
  if (key !== 'nextTime' && nextTime !== undefined) out = { ...out, nextTime };
  if (key !== 'pausedUntil' && pausedUntil !== undefined) out = { ...out, pausedUntil };
  return out;
}

/** The person with `key` set to the trimmed note, or without it when the note is blank. */
function setNote(person: Person, key: 'howToReach' | 'nextTime', note: string): Person {
  return isBlank(note) ? without(person, key) : { ...person, [key]: note };
}

/** Checks the fields present in a patch; the first refusal wins, in the form's order. */
function checkPatch(patch: PersonPatch): Field<PersonPatch> {
  let out: PersonPatch = {};
  if (patch.name !== undefined) {
    const name = field(NameSchema, patch.name, 'name');
    if (!name.ok) return name;
    out = { ...out, name: name.value };
  }
  if (patch.rhythmDays !== undefined) {
    const rhythm = field(RhythmSchema, patch.rhythmDays, 'rhythmDays');
    if (!rhythm.ok) return rhythm;
    out = { ...out, rhythmDays: rhythm.value };
  }
  for (const key of ['howToReach', 'nextTime'] as const) {
    if (patch[key] === undefined) continue;
    const note = field(NoteSchema, patch[key], key);
    if (!note.ok) return note;
    out = { ...out, [key]: note.value };
  }
  return { ok: true, value: out };
}

function applyPatch(person: Person, patch: PersonPatch, now: number): Person {
  let next: Person = { ...person, updatedAt: now };
  if (patch.name !== undefined) next = { ...next, name: patch.name };
  if (patch.rhythmDays !== undefined) next = { ...next, rhythmDays: patch.rhythmDays };
  if (patch.howToReach !== undefined) next = setNote(next, 'howToReach', patch.howToReach);
  if (patch.nextTime !== undefined) next = setNote(next, 'nextTime', patch.nextTime);
  return next;
}

/**
 * A new id from the moment and the random source, as src/state/custom.ts makes them
 * (`person-<now>-<4 random>` in base 36); on the rare clash a counter is appended, so it is
 * always unique and the same draws always give the same id.
 */
function newId(taken: ReadonlySet<string>, now: number, random: Random): string {
  const base = `person-${now.toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds someone at the end of the stored list; `tooMany` at PEOPLE_MAX. */
export function addPerson(
  slice: PeopleSlice,
  input: PersonInput,
  now: number,
  random: Random,
): { readonly ok: true; readonly slice: PeopleSlice; readonly id: string } | Refusal {
  if (slice.people.length >= PEOPLE_MAX) return refuse('tooMany', 'people');
  const checked = checkPatch(input);
  if (!checked.ok) return checked;
  const moment = field(MomentSchema, now, 'now');
  if (!moment.ok) return moment;
  const id = newId(new Set(slice.people.map((p) => p.id)), now, random);
  const blank: Person = { id, name: '', rhythmDays: input.rhythmDays, contacts: [], addedAt: now, updatedAt: now };
  const person = applyPatch(blank, checked.value, now);
  return { ok: true, slice: { ...slice, people: [...slice.people, person] }, id };
}

/** Changes the fields present in `patch` (an empty note clears that note). */
export function editPerson(slice: PeopleSlice, id: string, patch: PersonPatch, now: number): Edited {
  const checked = checkPatch(patch);
  if (!checked.ok) return checked;
  return update(slice, id, (p) => applyPatch(p, checked.value, now));
}

/**
 * "Not for now": until a moment (the start of the chosen day, which the popup computes in
 * the person's zone), or `'resume'` until resumed by hand. A moment not after `now` is
 * `outOfRange` at `until`: it would be no pause at all.
 */
export function pausePerson(slice: PeopleSlice, id: string, until: PausedUntil, now: number): Edited {
  if (until !== 'resume') {
    const moment = field(MomentSchema, until, 'until');
    if (!moment.ok) return moment;
    if (until <= now) return refuse('outOfRange', 'until');
  }
  return update(slice, id, (p) => ({ ...p, pausedUntil: until, updatedAt: now }));
}

/** Ends a pause by hand; for someone not paused (or whose pause ended) it only tidies. */
export function resumePerson(slice: PeopleSlice, id: string, now: number): Edited {
  return update(slice, id, (p) => {
    if (p.pausedUntil === undefined) return p;
    return { ...without(p, 'pausedUntil'), updatedAt: now };
  });
}
