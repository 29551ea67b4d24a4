/**
 * Import and erase (issue 13) as pure transitions, like every command: the worker
 * (background/data.ts) runs them under the state lock and stores the outcome in one write.
 * An import re-plans with the new settings; an erase is a fresh install, planned afresh.
 */
import { applyImport, type ImportMode } from '../data/apply.ts';
import type { DataRefusal, ParsedExport, TendData } from '../data/format.ts';
import { preview, type Preview } from '../data/preview.ts';
import { storedOf } from '../data/stored.ts';
import type { LogEvent } from '../log/types.ts';
import { INITIAL_STATE } from '../state/defaults.ts';
import type { Notice, State } from '../state/types.ts';
import { replan } from './replan.ts';
import type { Sensed } from './world.ts';

export interface DataOutcome<R> {
  /** The slices to store, written with `history` in one storage call. */
  readonly patch: Partial<State>;
  /** History months to store whole (an empty list empties one). */
  readonly history: Readonly<Record<string, LogEvent[]>>;
  readonly alarmAt: number | null;
  readonly reply: R;
}

export type ImportReply = { readonly ok: true; readonly imported: Preview } | DataRefusal;

/**
 * `local` is what the person has here (state.ts's slices and every history month). Replace
 * also drops the nudge on offer: it may name a strategy or a person the file does not have.
 */
export function importData(
  state: State,
  local: TendData,
  parsed: ParsedExport,
  mode: ImportMode,
  world: Sensed,
): DataOutcome<ImportReply> | DataRefusal {
  const applied = applyImport(local, parsed, mode, world.now);
  if (!applied.ok) return applied;
  const { slices, history } = storedOf(applied.data, world.now);
  const changed: Partial<State> = mode === 'replace' ? { ...slices, current: null } : slices;
  const { patch, alarmAt } = replan(state, 'settings-changed', world, changed);
  return { patch, history, alarmAt, reply: { ok: true, imported: preview(parsed) } };
}

/**
 * Everything as freshly installed, with one notice saying so (`notice`, worded by the
 * worker). The caller clears storage first; `history` empties the months all the same.
 */
export function eraseAll(notice: string, world: Sensed): DataOutcome<null> {
  const said: Notice = { id: `erased-${world.now}`, at: world.now, message: notice };
  const fresh: State = { ...INITIAL_STATE, notices: [said] };
  const { patch, alarmAt } = replan(fresh, 'installed', world, fresh);
  return { patch, history: {}, alarmAt, reply: null };
}
