/** The world as the worker sees it: the clock, the zone, randomness, all strategies. */
import { allStrategies } from '../src/state/offer.ts';
import type { State } from '../src/state/types.ts';
import { CATALOG } from '../src/strategies/catalog.ts';
import type { StrategyCore } from '../src/strategies/types.ts';

export function timeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function strategiesOf(state: Pick<State, 'custom'>): readonly StrategyCore[] {
  return allStrategies(CATALOG, state);
}

export function strategyIn(state: Pick<State, 'custom'>, id: string): StrategyCore | undefined {
  return strategiesOf(state).find((s) => s.id === id);
}
