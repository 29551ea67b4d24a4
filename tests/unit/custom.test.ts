import { describe, expect, it } from 'vitest';
import { seeded } from '../../src/random.ts';
import { addCustom, removeCustom } from '../../src/state/custom.ts';
import type { CurrentNudge } from '../../src/state/types.ts';
import type { Strategy } from '../../src/strategies/types.ts';

const NOW = Date.UTC(2025, 5, 10, 12);
const mine = (title: string) => ({ kind: 'move' as const, title, message: 'Go.', steps: [], minutes: 5 });

function twoOwn(): { custom: Strategy[]; first: string; second: string } {
  const random = seeded(1);
  const a = addCustom([], mine('Walk'), NOW, random);
  const b = a && addCustom(a.custom, mine('Stairs'), NOW + 1, random);
  if (!a || !b) throw new Error('not added');
  return { custom: b.custom, first: a.id, second: b.id };
}

const nudgeOf = (strategyId: string, snoozedUntil: number | null = null): CurrentNudge => ({
  id: 'n1', strategyId, kind: 'move', line: 0, shownAt: NOW, catchUp: false, asked: true, notified: true, snoozedUntil,
});

describe('removeCustom', () => {
  it('drops the strategy and leaves a nudge of another one on offer', () => {
    const { custom, first, second } = twoOwn();
    const current = nudgeOf(first);
    const after = removeCustom({ custom, current }, second);
    expect(after.custom.map((s) => s.id)).toEqual([first]);
    expect(after.current).toBe(current);
  });

  it('takes the removed strategy’s nudge off offer, waiting or snoozed', () => {
    const { custom, first } = twoOwn();
    expect(removeCustom({ custom, current: nudgeOf(first) }, first).current).toBeNull();
    expect(removeCustom({ custom, current: nudgeOf(first, NOW + 30 * 60_000) }, first).current).toBeNull();
  });

  it('with nothing on offer there is nothing to take off', () => {
    const { custom, first } = twoOwn();
    expect(removeCustom({ custom, current: null }, first)).toEqual({ custom: custom.slice(1), current: null });
  });
});
