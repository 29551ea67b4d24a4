/** The numbers that say whether a simulated year felt human. */
import { KINDS, type Kind } from '../../src/strategies/types.ts';
import { addDays, dateKey, localDateOf } from '../../src/time/local-date.ts';
import { localParts } from '../../src/time/zone.ts';
import type { SimResult } from './engine.ts';
import { clock, distribution, percentile, type Distribution } from './stats.ts';

export interface Summary {
  readonly days: number;
  readonly nudges: number;
  readonly perDay: { readonly mean: number; readonly min: number; readonly max: number; readonly histogram: Record<string, number> };
  /** Minutes between consecutive nudges on the same local day. */
  readonly gapMinutes: Distribution;
  /** Local time of each day's first and last nudge (p5 / p50 / p95). */
  readonly firstOfDay: readonly string[];
  readonly lastOfDay: readonly string[];
  readonly byHour: Record<string, number>;
  readonly byKind: Record<Kind, number>;
  /** The kind mix: each kind's share of the nudges above, in percent (one decimal). */
  readonly kindMix: Record<Kind, number>;
  readonly catchUps: number;
  readonly shownAgain: number;
  /** Nudges the person asked for with "Another one" (shown in the popup, not counted above). */
  readonly asked: number;
  readonly lost: number;
  readonly actions: Record<string, number>;
  readonly wakes: {
    readonly total: number;
    readonly byReason: Record<string, number>;
    /** Scheduler-initiated wakes (alarms) per local day. */
    readonly alarmsPerDay: { readonly mean: number; readonly max: number };
    /**
     * Every wake the person did not cause (alarms, browser startups, idle changes) per
     * local day; their own clicks (snooze, pause) are left out.
     */
    readonly perDay: { readonly mean: number; readonly max: number };
    /** Days with more of those wake-ups than notifications shown + 2 (the design budget). */
    readonly daysOverBudget: number;
  };
  readonly log: { readonly events: number; readonly bytes: number; readonly oldestDays: number };
}

export function summarize(result: SimResult, timeZone: string): Summary {
  const dayKeys: string[] = [];
  const first = localDateOf(result.start, timeZone);
  const last = localDateOf(result.end - 1, timeZone);
  for (let d = first; dateKey(d) <= dateKey(last); d = addDays(d, 1)) dayKeys.push(dateKey(d));
  const perDay = new Map<string, number[]>(dayKeys.map((k) => [k, []]));
  const byHour: Record<string, number> = {};
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const counted = result.nudges.filter((n) => !n.again && !n.asked);
  for (const n of counted) {
    const p = localParts(n.at, n.timeZone);
    const key = dateKey(p);
    const list = perDay.get(key) ?? [];
    list.push(p.hour * 60 + p.minute + p.second / 60);
    perDay.set(key, list);
    byHour[String(p.hour).padStart(2, '0')] = (byHour[String(p.hour).padStart(2, '0')] ?? 0) + 1;
    byKind[n.kind]++;
  }
  const counts = [...perDay.values()].map((l) => l.length);
  const histogram: Record<string, number> = {};
  for (const c of counts) histogram[c] = (histogram[c] ?? 0) + 1;
  const gaps = [...perDay.values()].flatMap((l) => l.slice(1).map((m, i) => m - (l[i] ?? m)));
  const firsts = [...perDay.values()].filter((l) => l.length > 0).map((l) => l[0] ?? NaN).sort((a, b) => a - b);
  const lasts = [...perDay.values()].filter((l) => l.length > 0).map((l) => l[l.length - 1] ?? NaN).sort((a, b) => a - b);
  const spread = (s: number[]): string[] => [5, 50, 95].map((p) => clock(percentile(s, p)));

  const byReason: Record<string, number> = {};
  const alarms = new Map<string, number>();
  const unprompted = new Map<string, number>();
  for (const w of result.wakes) {
    byReason[w.reason] = (byReason[w.reason] ?? 0) + 1;
    const key = dateKey(localDateOf(w.at, w.timeZone));
    if (w.reason === 'alarm') alarms.set(key, (alarms.get(key) ?? 0) + 1);
    if (w.reason === 'alarm' || w.reason === 'startup' || w.reason === 'idle-changed' || w.reason === 'installed') {
      unprompted.set(key, (unprompted.get(key) ?? 0) + 1);
    }
  }
  const alarmCounts = dayKeys.map((k) => alarms.get(k) ?? 0);
  const wakeCounts = dayKeys.map((k) => unprompted.get(k) ?? 0);
  // The budget counts every notification shown, a snoozed one shown again included.
  const shownPerDay = new Map<string, number>();
  for (const n of result.nudges.filter((x) => !x.asked)) {
    const key = dateKey(localDateOf(n.at, n.timeZone));
    shownPerDay.set(key, (shownPerDay.get(key) ?? 0) + 1);
  }
  const overBudget = dayKeys.filter((k) => (unprompted.get(k) ?? 0) > (shownPerDay.get(k) ?? 0) + 2).length;
  const actions: Record<string, number> = {};
  for (const a of result.actions) actions[a.action] = (actions[a.action] ?? 0) + 1;
  const round = (x: number): number => Math.round(x * 100) / 100;

  return {
    days: dayKeys.length,
    nudges: counted.length,
    perDay: { mean: round(counted.length / dayKeys.length), min: Math.min(...counts), max: Math.max(...counts), histogram },
    gapMinutes: distribution(gaps, 0),
    firstOfDay: spread(firsts),
    lastOfDay: spread(lasts),
    byHour,
    byKind,
    kindMix: Object.fromEntries(
      KINDS.map((k) => [k, counted.length === 0 ? 0 : Math.round((byKind[k] / counted.length) * 1000) / 10]),
    ) as Record<Kind, number>,
    catchUps: result.nudges.filter((n) => n.catchUp).length,
    shownAgain: result.nudges.filter((n) => n.again).length,
    asked: result.nudges.filter((n) => n.asked && !n.again).length,
    lost: result.lost.length,
    actions,
    wakes: {
      total: result.wakes.length,
      byReason,
      alarmsPerDay: { mean: round(alarmCounts.reduce((a, b) => a + b, 0) / dayKeys.length), max: Math.max(...alarmCounts) },
      perDay: { mean: round(wakeCounts.reduce((a, b) => a + b, 0) / dayKeys.length), max: Math.max(...wakeCounts) },
      daysOverBudget: overBudget,
    },
    log: {
      events: result.log.length,
      bytes: JSON.stringify(result.log).length,
      oldestDays: round((result.end - (result.log[0]?.at ?? result.end)) / 86_400_000),
    },
  };
}
