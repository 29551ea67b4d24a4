/**
 * How the worker runs a core transition (src/commands/): under the state lock, with the
 * freshly loaded state and the world as the worker sees it; then it settles the browser to
 * the outcome, or throws a refusal's code for the page to word.
 */
import { withLock } from '../platform/lock.ts';
import { isUnchanged, refused, type Result, type Sensed, type World } from '../src/commands/world.ts';
import { CommandError } from '../src/protocol.ts';
import type { Settings } from '../src/settings/types.ts';
import type { JournalReader } from '../src/state/parse.ts';
import type { State, StateKey } from '../src/state/types.ts';
import { CATALOG } from '../src/strategies/catalog.ts';
import { timeZone } from './context.ts';
import { readPermissionLevel } from './health.ts';
import { readHolds } from './holds.ts';
import { clearNotification } from './notify.ts';
import { settle } from './settle.ts';
import { loadState } from './state.ts';

export function worldAt(now: number): World {
  return { now, timeZone: timeZone(), random: Math.random, library: CATALOG };
}

/** The world with what the browser says now; holds are read for `settings` (only those kept on). */
export async function sensedAt(now: number, settings: Settings): Promise<Sensed> {
  const [holds, permission] = await Promise.all([readHolds(settings), readPermissionLevel()]);
  return { ...worldAt(now), holds, permission };
}

/**
 * Runs `task` with the freshly loaded state under the lock. `keys`: the slices to read
 * (background/state.ts leaves the journal out unless a journal command asks for it).
 */
export function locked<R>(task: (state: State, now: number) => Promise<R>, keys?: readonly StateKey[], journal?: JournalReader): Promise<R> {
  return withLock(async () => {
    const now = Date.now();
    return task(await loadState(now, keys, journal), now);
  });
}

/** Makes the browser match the outcome and returns its reply; a refusal is thrown as its code, for the page to word. */
export async function perform<R>(state: State, result: Result<R>, now: number): Promise<R> {
  if (refused(result)) throw new CommandError({ code: result.refused });
  if (isUnchanged(result)) return result.reply;
  for (const id of result.close ?? []) await clearNotification(id);
  await settle(state, result.alarmAt === undefined ? { patch: result.patch } : { patch: result.patch, alarmAt: result.alarmAt }, now);
  return result.reply;
}
