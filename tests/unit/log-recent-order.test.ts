/** The short log's order: newest first, and of two shown in the same millisecond, the later logged. */
import { describe, expect, it } from 'vitest';
import { recentNudges } from '../../src/log/recent.ts';
import type { LogEvent } from '../../src/log/types.ts';

const NOW = Date.UTC(2025, 5, 10, 12);
const shown = (nudgeId: string, at: number): LogEvent => ({ at, type: 'shown', nudgeId, strategyId: nudgeId, kind: 'calm' });

describe('recentNudges order', () => {
  it('newest first; a tie goes to the one logged later', () => {
    const log = [shown('a', NOW - 2), shown('b', NOW - 1), shown('c', NOW - 1), { ...shown('a', NOW), type: 'passed' as const }];
    expect(recentNudges(log, NOW).map((n) => n.nudgeId)).toEqual(['c', 'b', 'a']);
    expect(recentNudges(log, NOW).find((n) => n.nudgeId === 'a')?.outcome).toBe('passed');
  });
});
