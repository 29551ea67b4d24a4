/**
 * The worker's catalog travels packed: arrays instead of objects, the kind read from the
 * id's prefix. Gzip cannot squeeze repeated keys to nothing, and this saves about 1.2 KB
 * of the worker's 24 KB budget. `packCatalog` runs at build time (catalog-packed.derived.ts),
 * `unpackCatalog` once when the worker starts.
 *
 * Reach-out lines' `named` variants stay in the library but not here: the worker has no
 * people to name yet (State has no people slice), and they would cost 0.7 KB it cannot
 * use. The people feature adds them back (a third and fourth string per line).
 */
import { KINDS, type Kind, type NudgeLine, type StrategyCore } from './types.ts';

/** [title, message] */
export type PackedLine = readonly [string, string];
/** [id, withPerson ? 1 : 0, ...lines] */
export type PackedStrategy = readonly [string, 0 | 1, ...PackedLine[]];

export function kindOfId(id: string): Kind | undefined {
  return KINDS.find((kind) => id.startsWith(`${kind}-`));
}

export function packCatalog(strategies: readonly StrategyCore[]): PackedStrategy[] {
  return strategies.map((s) => {
    if (kindOfId(s.id) !== s.kind) throw new Error(`${s.id}: a library id starts with its kind ("${s.kind}-")`);
    const lines = s.nudges.map((n): PackedLine => [n.title, n.message]);
    return [s.id, s.withPerson ? 1 : 0, ...lines];
  });
}

export function unpackCatalog(packed: readonly PackedStrategy[]): StrategyCore[] {
  return packed.map(([id, withPerson, ...lines]) => {
    const kind = kindOfId(id);
    if (!kind) throw new Error(`${id}: no kind prefix`);
    const nudges = lines.map(([title, message]): NudgeLine => ({ title, message }));
    return { id, kind, nudges, withPerson: withPerson === 1 };
  });
}
