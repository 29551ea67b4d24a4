/**
 * What the background worker needs of each strategy to choose one and word its
 * notification — not the why, the steps or the sources, which only the popup shows —
 * packed (catalog-pack.ts). The build inlines this as data (scripts/lib/derived.mjs).
 */
import { packCatalog, type PackedStrategy } from './catalog-pack.ts';
import { STRATEGIES } from './index.ts';

export const PACKED_CATALOG: readonly PackedStrategy[] = packCatalog(STRATEGIES);
