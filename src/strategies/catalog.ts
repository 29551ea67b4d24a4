/** The slim library the worker chooses from: ids, kinds, nudge lines, whether with a person. */
import { unpackCatalog } from './catalog-pack.ts';
import { PACKED_CATALOG } from './catalog-packed.derived.ts';
import type { StrategyCore } from './types.ts';

export const CATALOG: readonly StrategyCore[] = unpackCatalog(PACKED_CATALOG);
