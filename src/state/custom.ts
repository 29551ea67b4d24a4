/** The person's own strategies: added from the library view, picked like any other. */
import type { NewCustomStrategy } from '../protocol.ts';
import type { Random } from '../random.ts';
import type { Strategy } from '../strategies/types.ts';
import { CUSTOM_MAX } from '../limits.ts';
import type { State } from './types.ts';

/** The limit under the name the worker imports (see src/limits.ts). */
export const MAX_CUSTOM = CUSTOM_MAX;

/** The list with the new strategy added, or null when it already holds MAX_CUSTOM (the worker says so, in the person's language). */
export function addCustom(
  custom: readonly Strategy[],
  input: NewCustomStrategy,
  now: number,
  random: Random,
): { custom: Strategy[]; id: string } | null {
  if (custom.length >= MAX_CUSTOM) return null;
  const id = `custom-${now.toString(36)}-${Math.floor(random() * 46656).toString(36)}`;
  const strategy: Strategy = {
    id,
    kind: input.kind,
    title: input.title,
    nudges: [{ title: input.title, message: input.message }],
    why: '',
    steps: input.steps,
    minutes: input.minutes,
    withPerson: false,
    sources: [],
  };
  return { custom: [...custom, strategy], id };
}

/**
 * The list without the strategy, and its nudge taken off offer (waiting or snoozed): a
 * nudge whose strategy is gone can be neither shown in the popup nor answered, yet would
 * keep the badge at 1 (issue 9, item 8). Nothing is logged, as when a nudge expires.
 */
export function removeCustom(state: Pick<State, 'custom' | 'current'>, id: string): Pick<State, 'custom' | 'current'> {
  const custom = state.custom.filter((s) => s.id !== id);
  return { custom, current: state.current?.strategyId === id ? null : state.current };
}
