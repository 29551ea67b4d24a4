/**
 * When each synced thing was last changed here. Storage holds values, not edit times, so
 * the worker keeps a stamp per settings field, own strategy and person: a digest of the value
 * it last saw and when it changed. Whenever the values change (storage.onChanged), `restamp`
 * gives each one whose digest differs the moment now; one that is gone keeps a stamp
 * with GONE, so its removal syncs too. Pure.
 */
import type { Person } from '../people/person.ts';
import type { Settings } from '../settings/types.ts';
import type { Strategy } from '../strategies/types.ts';
import { digest } from './items.ts';
import { GONE_KEPT } from './limits.ts';
import { SETTINGS_FIELDS, type Edited, type SettingsField, type SyncPayload } from './payload.ts';
import { canonicalJson } from '../json.ts';

export interface Stamp {
  readonly id: string;
  /** 0: not changed since sync was turned on. */
  readonly at: number;
  /** digest of the value's JSON; GONE once removed. */
  readonly print: string;
}

export const GONE = '-';

export interface Stamps {
  readonly settings: readonly Stamp[];
  readonly custom: readonly Stamp[];
  readonly people: readonly Stamp[];
}

export const NO_STAMPS: Stamps = { settings: [], custom: [], people: [] };

/** What sync carries of this browser's data. */
export interface Synced {
  readonly settings: Settings;
  readonly custom: readonly Strategy[];
  readonly people: readonly Person[];
}

export const print = (value: unknown): string => digest(canonicalJson(value));

function restampList(stamps: readonly Stamp[], values: readonly (readonly [string, unknown])[], now: number): Stamp[] {
  const before = new Map(stamps.map((s) => [s.id, s]));
  const out: Stamp[] = values.map(([id, value]) => {
    const p = print(value);
    const old = before.get(id);
    return old === undefined ? { id, at: now, print: p } : old.print === p ? old : { id, at: now, print: p };
  });
  const present = new Set(values.map(([id]) => id));
  const gone = stamps
    .filter((s) => !present.has(s.id))
    .map((s) => (s.print === GONE ? s : { id: s.id, at: now, print: GONE }))
    .sort((a, b) => b.at - a.at)
    .slice(0, GONE_KEPT);
  return [...out, ...gone];
}

/** The stamps after `data` was seen at `now`; the same object when nothing changed. */
export function restamp(stamps: Stamps, data: Synced, now: number): Stamps {
  const next: Stamps = {
    settings: restampList(stamps.settings, SETTINGS_FIELDS.map((f) => [f, data.settings[f]]), now),
    custom: restampList(stamps.custom, data.custom.map((s) => [s.id, s]), now),
    people: restampList(stamps.people, data.people.map((p) => [p.id, p]), now),
  };
  return canonicalJson(next) === canonicalJson(stamps) ? stamps : next;
}

/** Stamps of `data` as it stands when sync is turned on: every value known, none edited yet (at 0). */
export const firstStamps = (data: Synced): Stamps => restamp(NO_STAMPS, data, 0);

const atOf = (stamps: readonly Stamp[], id: string): number => stamps.find((s) => s.id === id)?.at ?? 0;

function editedOf<T extends { readonly id: string }>(values: readonly T[], stamps: readonly Stamp[]): Edited<T>[] {
  const present = new Set(values.map((x) => x.id));
  const gone = stamps.filter((s) => s.print === GONE && !present.has(s.id)).map((s): Edited<T> => ({ id: s.id, at: s.at, value: null }));
  return [...values.map((x) => ({ id: x.id, at: atOf(stamps, x.id), value: x })), ...gone];
}

/** This browser's side, as sync carries it. */
export function localPayload(data: Synced, stamps: Stamps, withPeople: boolean): SyncPayload {
  const edited = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, atOf(stamps.settings, f)])) as Record<SettingsField, number>;
  return {
    settings: data.settings,
    edited,
    custom: editedOf(data.custom, stamps.custom),
    people: withPeople ? editedOf(data.people, stamps.people) : null,
  };
}

/** The stamps that say `payload` (what was just merged) is what this browser has. */
export function stampsOf(payload: SyncPayload, before: Stamps): Stamps {
  const list = <T>(entries: readonly Edited<T>[]): Stamp[] =>
    entries.map((e) => ({ id: e.id, at: e.at, print: e.value === null ? GONE : print(e.value) }));
  return {
    settings: SETTINGS_FIELDS.map((f) => ({ id: f, at: payload.edited[f], print: print(payload.settings[f]) })),
    custom: list(payload.custom),
    people: payload.people === null ? before.people : list(payload.people),
  };
}
