/**
 * The worker's stamp on what it wrote (src/state/stamp.ts): a page or a wake takes a slice
 * as it is only when its stamp is the one the worker would write for those exact bytes,
 * in this version; anything else is parsed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INITIAL_STATE } from '../../src/state/defaults.ts';
import { stampKey, stampOf, stampsFor, vouched } from '../../src/state/stamp.ts';
import type { StateKey } from '../../src/state/types.ts';

const V = '1.2.3';
const KEYS: readonly StateKey[] = ['settings', 'current', 'notices'];
const settings = { ...INITIAL_STATE.settings, nudgesPerDay: 5 };

describe('stamps', () => {
  it('vouches for slices written with their stamps, and fills the missing ones with defaults', () => {
    const raw = { settings, ...stampsFor({ settings }, V) };
    expect(vouched(raw, KEYS, INITIAL_STATE, V)).toEqual({ settings, current: INITIAL_STATE.current, notices: INITIAL_STATE.notices });
  });

  it('stamps only slices of state', () => {
    expect(Object.keys(stampsFor({ settings, ...({ 'history:2026-01': [] } as object) }, V))).toEqual([stampKey('settings')]);
  });

  it('refuses a slice edited after it was stamped, one never stamped, and a stamp without its slice', () => {
    const stamped = { settings, ...stampsFor({ settings }, V) };
    expect(vouched({ ...stamped, settings: { ...settings, nudgesPerDay: 6 } }, KEYS, INITIAL_STATE, V)).toBeNull();
    expect(vouched({ settings }, KEYS, INITIAL_STATE, V)).toBeNull();
    expect(vouched({ [stampKey('settings')]: stampOf(settings, V) }, KEYS, INITIAL_STATE, V)).toBeNull();
  });

  it('refuses what another version stamped, so its migrations run', () => {
    expect(vouched({ settings, ...stampsFor({ settings }, '1.2.2') }, KEYS, INITIAL_STATE, V)).toBeNull();
  });

  it('tells apart any two different slices (1,000 pairs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        const raw = { settings: b, [stampKey('settings')]: stampOf(a, V) };
        // A 32-bit hash can collide; over these pairs it must not.
        expect(vouched(raw, ['settings'], INITIAL_STATE, V)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('stamps, whatever order a browser hands keys back in', () => {
  it('vouch for the same slice with its keys in any order (Chrome sorts them)', () => {
    const written = { b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } };
    const readBack = { a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 };
    expect(stampOf(readBack, V)).toBe(stampOf(written, V));
  });
});

describe('decisions that must not depend on the order storage hands keys back in', () => {
  it('gives the same plan key for settings whose days come back sorted (Chromium) or in schema order', async () => {
    const { planKey } = await import('../../src/schedule/plan-key.ts');
    const sorted = { ...settings, activeHours: Object.fromEntries(Object.entries(settings.activeHours).sort(([a], [b]) => a.localeCompare(b))) } as typeof settings;
    expect(planKey(sorted)).toBe(planKey(settings));
  });
});
