/**
 * What every people transition shares: a field checked by its schema and refused under the
 * form's name, and one person replaced in the slice. Pure.
 */
import * as v from 'valibot';
import { refuse, type Refusal } from './codes.ts';
import { refusalOf } from './parse.ts';
import type { Person, PeopleSlice } from './person.ts';

/** A transition's answer: the new slice, or a refusal that changed nothing. */
export type Edited = { readonly ok: true; readonly slice: PeopleSlice } | Refusal;

export type Field<T> = { readonly ok: true; readonly value: T } | Refusal;

/**
 * One field through its schema, refused under the form's field name (and, for a whole
 * person, the field inside it: `person.name`).
 */
export function field<T>(schema: v.GenericSchema<unknown, T>, value: unknown, path: string): Field<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const inner = refusalOf(result.issues[0]);
  const joined = inner.path === '' ? path : `${path}${inner.path.startsWith('[') ? '' : '.'}${inner.path}`;
  return refuse(inner.code, joined);
}

/** The slice with person `id` replaced by `change(person)`, or `notFound`. */
export function update(slice: PeopleSlice, id: string, change: (p: Person) => Person | Refusal): Edited {
  const index = slice.people.findIndex((p) => p.id === id);
  const person = slice.people[index];
  if (person === undefined) return refuse('notFound', 'id');
  const next = change(person);
  if ('ok' in next) return next;
  const people = slice.people.map((p, i) => (i === index ? next : p));
  return { ok: true, slice: { ...slice, people } };
}

