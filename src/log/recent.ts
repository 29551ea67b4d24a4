import type { Kind } from '../strategies/types.ts';
import type { LogEvent } from './types.ts';

export type Outcome = 'done' | 'snoozed' | 'skipped' | 'dismissed' | 'passed' | 'none';

export interface RecentNudge {
  readonly nudgeId: string;
  readonly at: number;
  readonly strategyId: string;
  readonly kind: Kind;
  readonly line?: number;
  /** What came of it: 'done' wins, otherwise the latest answer; 'none' if no answer yet. */
  readonly outcome: Outcome;
  readonly catchUp?: true;
  readonly asked?: true;
  readonly personId?: string;
}

const DAY_MS = 86_400_000;

/** The popup's short log: each nudge shown in the last `days` days with its outcome, newest first. */
export function recentNudges(log: readonly LogEvent[], now: number, days = 7): RecentNudge[] {
  const since = now - days * DAY_MS;
  const byId = new Map<string, RecentNudge>();
  for (const e of log) {
    if (e.at < since) continue;
    const seen = byId.get(e.nudgeId);
    if (e.type === 'shown') {
      if (seen) continue; // shown again after a snooze: still one nudge
      byId.set(e.nudgeId, { ...withoutType(e), outcome: 'none' });
    } else if (seen && seen.outcome !== 'done') {
      byId.set(e.nudgeId, { ...seen, outcome: e.type });
    }
  }
  // Newest first; two shown in the same millisecond, the later logged first (a Map keeps
  // insertion order, so reversing before the stable sort does it).
  return [...byId.values()].reverse().sort((a, b) => b.at - a.at);
}

function withoutType(e: LogEvent): Omit<LogEvent, 'type'> {
  const { at, nudgeId, strategyId, kind, line, catchUp, asked, personId } = e;
  return {
    at,
    nudgeId,
    strategyId,
    kind,
    ...(line === undefined ? {} : { line }),
    ...(catchUp ? { catchUp } : {}),
    ...(asked ? { asked } : {}),
    ...(personId === undefined ? {} : { personId }),
  };
}
