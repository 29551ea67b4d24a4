/**
 * What the background worker needs of each strategy to choose one and word its
 * notification — not the why, the steps or the sources, which only the popup shows. The
 * build inlines this as data (scripts/lib/derived.mjs), keeping the worker within budget.
 */
import { STRATEGIES } from './index.ts';
import type { StrategyCore } from './types.ts';

export const CATALOG: readonly StrategyCore[] = STRATEGIES.map(({ id, kind, nudges, withPerson }) => ({ id, kind, nudges, withPerson }));
