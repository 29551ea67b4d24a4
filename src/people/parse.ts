/**
 * The people slice from storage or an import file: migrated from older versions, then
 * validated; nothing is half-applied. A refusal names the field (`people[3].name`) and why
 * as a code, which the worker logs and the popup words; the worker repairs an unreadable
 * slice like every other (defaults, backup key, a notice).
 */
import * as v from 'valibot';
import { refuse, toCode, type Refusal } from './codes.ts';
import { migrate } from './migrations.ts';
import { PEOPLE_VERSION, type PeopleSlice } from './person.ts';
import { PeopleSliceSchema } from './schema.ts';

export type PeopleParse =
  | { readonly ok: true; readonly value: PeopleSlice; readonly migrated: boolean }
  | Refusal;

/** Dotted path of a valibot issue: `people[3].contacts[0].at`; "" for the whole slice. */
export function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  return path;
}

/** The code and path of a valibot issue; a missing key is `missing`, not its parent's type. */
export function refusalOf(issue: v.BaseIssue<unknown>): Refusal {
  const path = pathOf(issue);
  // valibot reports an absent key as its object failing with received "undefined".
  const missing = issue.kind === 'schema' && issue.received === 'undefined' && path !== '';
  return refuse(missing ? 'missing' : toCode(issue.message), path);
}

/**
 * `now` stamps moments an older shape never recorded (see MIGRATIONS); it is not compared
 * with anything stored, so a slice written by a clock that ran ahead still reads.
 */
export function parsePeople(raw: unknown, now: number): PeopleParse {
  let version: number;
  if (Array.isArray(raw)) {
    version = 0;
  } else if (typeof raw === 'object' && raw !== null) {
    const stated: unknown = (raw as Readonly<Record<string, unknown>>)['version'];
    if (stated === undefined) return refuse('missing', 'version');
    if (typeof stated !== 'number') return refuse('wrongType', 'version');
    if (!Number.isInteger(stated) || stated < 1) return refuse('outOfRange', 'version');
    if (stated > PEOPLE_VERSION) return refuse('newerVersion', 'version');
    version = stated;
  } else {
    return refuse('wrongType', '');
  }
  const result = v.safeParse(PeopleSliceSchema, migrate(raw, version, { now }));
  if (!result.success) return refusalOf(result.issues[0]);
  const seen = new Set<string>();
  for (const [i, person] of result.output.people.entries()) {
    if (seen.has(person.id)) return refuse('duplicateId', `people[${i}].id`);
    seen.add(person.id);
  }
  return { ok: true, value: result.output, migrated: version < PEOPLE_VERSION };
}
