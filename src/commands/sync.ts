/**
 * What another browser's edits change here (issue 13, src/sync/): the merged settings, own
 * strategies and people taken in, and the plan made again with them, as an import does.
 * A nudge on offer from an own strategy removed elsewhere goes too. Pure; the worker
 * (background/sync.ts) stores the outcome in one write with the sync slice.
 */
import type { Person } from '../people/person.ts';
import { PEOPLE_VERSION } from '../people/person.ts';
import type { Settings } from '../settings/types.ts';
import type { State } from '../state/types.ts';
import type { Strategy } from '../strategies/types.ts';
import { replan, type Planned } from './replan.ts';
import type { Sensed } from './world.ts';
import { canonicalJson } from '../json.ts';

export interface Incoming {
  readonly settings: Settings;
  readonly custom: readonly Strategy[];
  /** null: people are not synced here. */
  readonly people: readonly Person[] | null;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** The slices `incoming` changes, with the new plan; null when it changes nothing. */
export function syncIn(state: State, incoming: Incoming, world: Sensed): Planned | null {
  const changed: { -readonly [K in keyof State]?: State[K] } = {};
  if (!same(state.settings, incoming.settings)) changed.settings = incoming.settings;
  if (!same(state.custom, incoming.custom)) changed.custom = incoming.custom;
  if (incoming.people !== null && !same(state.people.people, incoming.people)) changed.people = { version: PEOPLE_VERSION, people: incoming.people };
  if (Object.keys(changed).length === 0) return null;
  const current = state.current;
  if (current && changed.custom && state.custom.some((s) => s.id === current.strategyId) && !changed.custom.some((s) => s.id === current.strategyId)) {
    changed.current = null;
  }
  return replan(state, 'settings-changed', world, changed);
}
