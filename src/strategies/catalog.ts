/** The slim library the worker chooses from: ids, kinds, line counts, whether with a person (no words). */
import { META } from './meta.ts';
import type { StrategyCore } from './types.ts';

export const CATALOG: readonly StrategyCore[] = META;
