import { KINDS, type Kind } from '../strategies/types.ts';
import type { LogEvent } from './types.ts';

export interface KindCount {
  readonly shown: number;
  readonly done: number;
  readonly snoozed: number;
  readonly skipped: number;
}

/** Per kind over the last `days` days: what was shown and what came of it. */
export function kindCounts(log: readonly LogEvent[], now: number, days = 30): Record<Kind, KindCount> {
  const since = now - days * 86_400_000;
  const counts = Object.fromEntries(
    KINDS.map((k) => [k, { shown: 0, done: 0, snoozed: 0, skipped: 0 }]),
  ) as Record<Kind, { shown: number; done: number; snoozed: number; skipped: number }>;
  const shownIds = new Set<string>();
  for (const e of log) {
    if (e.at < since || e.at > now) continue;
    const c = counts[e.kind];
    switch (e.type) {
      case 'shown':
        if (!shownIds.has(e.nudgeId)) c.shown++;
        shownIds.add(e.nudgeId);
        break;
      case 'done':
        c.done++;
        break;
      case 'snoozed':
        c.snoozed++;
        break;
      case 'skipped':
        c.skipped++;
        break;
      case 'dismissed':
      case 'passed':
        break;
    }
  }
  return counts;
}
