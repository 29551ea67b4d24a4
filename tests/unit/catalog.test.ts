import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/strategies/catalog.ts';
import { kindOfId, packCatalog, unpackCatalog } from '../../src/strategies/catalog-pack.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';

describe("the worker's packed catalog", () => {
  it('carries every strategy with its id, kind, every nudge line and withPerson', () => {
    const core = STRATEGIES.map(({ id, kind, nudges, withPerson }) => ({
      id,
      kind,
      nudges: nudges.map(({ title, message }) => ({ title, message })),
      withPerson,
    }));
    expect(CATALOG).toEqual(core);
    expect(unpackCatalog(packCatalog(core))).toEqual(core);
  });

  it('leaves out the named variants, which the worker has no people to use', () => {
    expect(STRATEGIES.some((s) => s.nudges.some((n) => n.named))).toBe(true);
    expect(CATALOG.some((s) => s.nudges.some((n) => n.named))).toBe(false);
  });

  it('refuses to pack a strategy whose id does not start with its kind', () => {
    const [first] = STRATEGIES;
    if (!first) throw new Error('empty library');
    expect(() => packCatalog([{ ...first, kind: first.kind === 'calm' ? 'move' : 'calm' }])).toThrow(/starts with its kind/);
    expect(kindOfId('calm-box-breathing')).toBe('calm');
    expect(kindOfId('nothing-here')).toBeUndefined();
  });
});
