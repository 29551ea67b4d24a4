/**
 * What sync carries, and reading it back as untrusted as any import file: every group's
 * parts must all be there and of one write (items.ts), its text passes the same hard limits
 * a file does (src/data/guard.ts: size, depth, `__proto__`, long strings), and its values
 * the same schemas, by running the very parse an import runs (src/data/parse.ts). A refusal
 * names the item or the field; nothing of a refused payload is used.
 */
import * as v from 'valibot';
import { refuse, type DataCode, type DataRefusal } from '../data/format.ts';
import { guarded } from '../data/guard.ts';
import { parseExport, pathOf } from '../data/parse.ts';
import type { Person } from '../people/person.ts';
import type { Settings } from '../settings/types.ts';
import type { Strategy } from '../strategies/types.ts';
import { InstantSchema } from '../time/instant-schema.ts';
import { digest, GROUPS, partKey, type Group, type Items } from './items.ts';
import { INDEX_KEY, ITEM_BYTES, MAX_ITEMS, SYNC_FORMAT } from './limits.ts';

/** The settings' top-level fields, each synced with its own edit time (`version` is the shape's, not an edit). */
export type SettingsField = Exclude<keyof Settings, 'version'>;
// A record, so a settings field added without a place here does not compile.
const FIELDS: Readonly<Record<SettingsField, true>> = {
  intervalMinutes: true,
  spread: true,
  activeHours: true,
  dailyCap: true,
  minGapMinutes: true,
  kinds: true,
  pause: true,
  snoozeMinutes: true,
  holds: true,
  notifications: true,
  askFelt: true,
};
export const SETTINGS_FIELDS = Object.keys(FIELDS) as readonly SettingsField[];

/** An own strategy or a person with the moment it was last changed; `value: null` once removed. */
export interface Edited<T> {
  readonly id: string;
  readonly at: number;
  readonly value: T | null;
}

export interface SyncPayload {
  readonly settings: Settings;
  /** When each field was last changed (0: not since sync was turned on). */
  readonly edited: Readonly<Record<SettingsField, number>>;
  readonly custom: readonly Edited<Strategy>[];
  /** null: the people list is not synced (the second opt-in is off). */
  readonly people: readonly Edited<Person>[] | null;
}

/** Each group's JSON text, as items.ts cuts it. */
export function texts(payload: SyncPayload): Partial<Record<Group, string>> {
  return {
    settings: JSON.stringify({ value: payload.settings, edited: payload.edited }),
    custom: JSON.stringify(payload.custom),
    ...(payload.people === null ? {} : { people: JSON.stringify(payload.people) }),
  };
}

export type SyncCode = DataCode | 'mixedWrites';
export interface SyncRefusal extends Omit<DataRefusal, 'code'> {
  readonly code: SyncCode;
}

/** What storage.sync holds: nothing of Tend's yet (`payload: null`), a payload, or why not. */
export type SyncRead = { readonly ok: true; readonly payload: SyncPayload | null } | SyncRefusal;

const refused = (code: SyncCode, path: string, detail?: string): SyncRefusal =>
  detail === undefined ? { ok: false, code, path } : { ok: false, code, path, detail };

const isRecord = (x: unknown): x is Readonly<Record<string, unknown>> => typeof x === 'object' && x !== null && !Array.isArray(x);

const GroupIndexSchema = v.strictObject({
  parts: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_ITEMS)),
  digest: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
});
const IndexSchema = v.strictObject({
  format: v.pipe(v.number(), v.integer(), v.minValue(1)),
  groups: v.strictObject({ settings: GroupIndexSchema, custom: GroupIndexSchema, people: v.optional(GroupIndexSchema) }),
});
const PartSchema = v.strictObject({ d: v.string(), t: v.pipe(v.string(), v.maxLength(ITEM_BYTES)) });
const EditedSchema = v.strictObject({ id: v.pipe(v.string(), v.minLength(1), v.maxLength(128)), at: v.union([v.literal(0), InstantSchema]), value: v.unknown() });
const EditedListSchema = v.pipe(v.array(EditedSchema), v.maxLength(1000));
const EditTimes = v.object(Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, v.optional(v.union([v.literal(0), InstantSchema]), 0)])) as Record<SettingsField, v.OptionalSchema<v.UnionSchema<[v.LiteralSchema<0, undefined>, typeof InstantSchema], undefined>, 0>>);
const SettingsGroupSchema = v.strictObject({ value: v.unknown(), edited: EditTimes });

/** `items`: everything storage.sync holds (other keys than Tend's are ignored). `now` as parseExport takes it. */
export function readSync(items: Items, now: number): SyncRead {
  const rawIndex = items[INDEX_KEY];
  if (rawIndex === undefined) return { ok: true, payload: null };
  const hostile = guarded(JSON.stringify(rawIndex));
  if (!hostile.ok) return refused(hostile.code, INDEX_KEY);
  if (isRecord(rawIndex) && typeof rawIndex['format'] === 'number' && rawIndex['format'] > SYNC_FORMAT) return refused('newerFormat', `${INDEX_KEY}.format`);
  const index = v.safeParse(IndexSchema, rawIndex);
  if (!index.success) return refused(index.issues[0].received === 'undefined' ? 'missing' : 'wrongType', pathOf(INDEX_KEY, index.issues[0]));

  const json: Partial<Record<Group, unknown>> = {};
  for (const group of GROUPS) {
    const entry = index.output.groups[group];
    if (entry === undefined) continue;
    let text = '';
    for (let i = 0; i < entry.parts; i++) {
      const key = partKey(group, i);
      const part = v.safeParse(PartSchema, items[key]);
      if (items[key] === undefined) return refused('missing', key);
      if (!part.success) return refused('wrongType', pathOf(key, part.issues[0]));
      if (part.output.d !== entry.digest) return refused('mixedWrites', key);
      text += part.output.t;
    }
    if (digest(text) !== entry.digest) return refused('mixedWrites', partKey(group, 0));
    const parsed = guarded(text);
    if (!parsed.ok) return refused(parsed.code, parsed.path === '' ? partKey(group, 0) : `${group}.${parsed.path}`);
    json[group] = parsed.value;
  }

  const settingsGroup = v.safeParse(SettingsGroupSchema, json.settings);
  if (!settingsGroup.success) return refused('wrongType', pathOf('settings', settingsGroup.issues[0]));
  const custom = editedList(json.custom, 'custom');
  if (!custom.ok) return custom;
  const people = json.people === undefined ? null : editedList(json.people, 'people');
  if (people !== null && !people.ok) return people;

  // The values through the import's own parse: a sync value is trusted no more than a file.
  const live = <T>(list: readonly Edited<unknown>[]): T[] => list.flatMap((e) => (e.value === null ? [] : [e.value as T]));
  const file = {
    format: 1,
    tend: 'sync',
    exportedAt: '',
    settings: settingsGroup.output.value,
    custom: live(custom.list),
    people: people === null ? [] : live(people.list),
    journal: [],
    log: [],
  };
  const checked = parseExport(JSON.stringify(file), now);
  if (!checked.ok) return refused(checked.code, checked.path, checked.detail);
  const customValues = checked.data.custom;
  const peopleValues = checked.data.people;
  const mismatch = idMismatch(custom.list, customValues, 'custom') ?? (people === null ? null : idMismatch(people.list, peopleValues, 'people'));
  if (mismatch) return mismatch;
  return {
    ok: true,
    payload: {
      settings: checked.data.settings,
      edited: settingsGroup.output.edited,
      custom: withValues(custom.list, customValues),
      people: people === null ? null : withValues(people.list, peopleValues),
    },
  };
}

type EditedList = { readonly ok: true; readonly list: readonly Edited<unknown>[] } | SyncRefusal;

function editedList(raw: unknown, group: 'custom' | 'people'): EditedList {
  const result = v.safeParse(EditedListSchema, raw);
  if (!result.success) return refused(result.issues[0].type === 'max_length' ? 'tooMany' : 'wrongType', pathOf(group, result.issues[0]));
  const seen = new Set<string>();
  for (const [i, entry] of result.output.entries()) {
    if (seen.has(entry.id)) return refused('duplicateId', `${group}[${i}].id`);
    seen.add(entry.id);
    if (entry.value !== null && !isRecord(entry.value)) return refused('wrongType', `${group}[${i}].value`);
  }
  return { ok: true, list: result.output.map((e) => ({ id: e.id, at: e.at, value: e.value ?? null })) };
}

/** An entry's id must be its value's own. */
function idMismatch(list: readonly Edited<unknown>[], values: readonly { readonly id: string }[], group: string): SyncRefusal | null {
  let k = 0;
  for (const [i, entry] of list.entries()) {
    if (entry.value === null) continue;
    if (values[k++]?.id !== entry.id) return refused('invalid', `${group}[${i}].id`);
  }
  return null;
}

function withValues<T>(list: readonly Edited<unknown>[], values: readonly T[]): Edited<T>[] {
  let k = 0;
  return list.map((e) => ({ id: e.id, at: e.at, value: e.value === null ? null : (values[k++] as T) }));
}

/** A refusal as the data core's, for words shared with import (options/data-words.ts). */
export const asDataRefusal = (r: SyncRefusal): DataRefusal | null => (r.code === 'mixedWrites' ? null : refuse(r.code, r.path, r.detail));
