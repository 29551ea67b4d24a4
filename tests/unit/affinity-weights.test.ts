/** How much each answer moves the picker: done > later (neither way) > another one instead > closed > skip. */
import { describe, expect, it } from 'vitest';
import type { EventType, LogEvent } from '../../src/log/types.ts';
import { affinities, ANSWER_WEIGHTS } from '../../src/pick/affinity.ts';

const NOW = Date.UTC(2025, 5, 10, 12);
const answered = (type: EventType, strategyId: string): LogEvent => ({ at: NOW, type, nudgeId: strategyId, strategyId, kind: 'calm' });

describe('answer weights', () => {
  it('are ordered done > snoozed > passed > dismissed > skipped', () => {
    const { done, snoozed, passed, dismissed, skipped } = ANSWER_WEIGHTS;
    expect(done).toBeGreaterThan(snoozed);
    expect(snoozed).toBe(0);
    expect(snoozed).toBeGreaterThan(passed);
    expect(passed).toBeGreaterThan(dismissed);
    expect(dismissed).toBeGreaterThan(skipped);
  });

  it('"another one instead" lowers a strategy far less than a skip', () => {
    const a = affinities([answered('passed', 'passed-over'), answered('skipped', 'skipped'), answered('dismissed', 'closed')], NOW);
    const drop = (id: string) => 1 - (a.get(id) ?? 1);
    expect(drop('passed-over')).toBeGreaterThan(0);
    expect(drop('passed-over')).toBeLessThan(drop('closed'));
    expect(drop('passed-over')).toBeLessThan(drop('skipped') / 5);
  });
});
