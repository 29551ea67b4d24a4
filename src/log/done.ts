import type { RecentNudge } from './recent.ts';

/**
 * What the person did this week: each strategy marked done, with how many times, the most
 * recent first. The Log leads with this and with how much was offered, never with a count
 * of what was skipped or put off (issue 15: the log is not a scorecard).
 */
export function doneByStrategy(recent: readonly RecentNudge[]): { readonly strategyId: string; readonly times: number }[] {
  const times = new Map<string, number>();
  // `recent` is newest first, so a Map's insertion order is most recently done first.
  for (const n of recent) if (n.outcome === 'done') times.set(n.strategyId, (times.get(n.strategyId) ?? 0) + 1);
  return [...times].map(([strategyId, n]) => ({ strategyId, times: n }));
}
