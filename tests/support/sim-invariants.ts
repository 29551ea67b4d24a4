/**
 * The promises the scheduler makes, checked against a simulated run from the outside:
 * each rule reads the settings and the nudges' own wall clocks, not the scheduler's
 * internals, so a bug in the scheduler cannot hide itself.
 */
import type { SimResult } from '../../scripts/simulate/engine.ts';
import type { Fault } from '../../scripts/simulate/faults.ts';
import { LOG_MAX_AGE_DAYS, LOG_MAX_EVENTS } from '../../src/log/append.ts';
import { isInsideActiveHours } from '../../src/schedule/inside.ts';
import type { Settings } from '../../src/settings/types.ts';
import { fitsMinute } from '../../src/strategies/fits.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { formatLocalIso } from '../../src/time/format.ts';
import { startOfLocalDay } from '../../src/time/local-to-epoch.ts';
import { localParts } from '../../src/time/zone.ts';

export const STORAGE_BUDGET_BYTES = 512 * 1024;

/** Every broken promise, in words; empty when all hold. */
export function violations(
  run: SimResult,
  settings: Settings,
  strategies: readonly Strategy[],
  faults: readonly Fault[] = [],
): string[] {
  const out: string[] = [];
  const when = (at: number, tz: string): string => formatLocalIso(at, tz);
  const byId = new Map(strategies.map((s) => [s.id, s]));
  // The scheduler's promises are about the nudges it brings; one the person asked for
  // ("Another one") is theirs, shown when they ask.
  const scheduled = run.nudges.filter((n) => !n.asked);
  const counted = scheduled.filter((n) => !n.again);
  const minGap = settings.minGapMinutes * 60_000;

  scheduled.forEach((n, i) => {
    const at = when(n.at, n.timeZone);
    if (!isInsideActiveHours(n.at, settings.activeHours, n.timeZone)) out.push(`outside active hours: ${at}`);
    const prev = scheduled[i - 1];
    if (prev && n.at <= prev.at) out.push(`two nudges at once or out of order: ${at}`);
    // Spacing is the core's, counted from when it claimed each nudge (a killed worker's
    // retry shows its claim a minute late).
    if (prev && !n.again && n.shownAt - prev.shownAt < minGap) {
      out.push(`below the minimum gap: ${when(prev.at, prev.timeZone)} → ${at}`);
    }
    for (const p of run.paused) if (n.at >= p.from && n.at < p.until) out.push(`shown while paused: ${at}`);
  });
  run.nudges.forEach((n, i) => {
    const at = when(n.at, n.timeZone);
    const s = byId.get(n.strategyId);
    if (!s || s.kind !== n.kind || !settings.kinds[n.kind].enabled) out.push(`strategy of a disabled kind: ${n.strategyId} at ${at}`);
    const prev = run.nudges[i - 1];
    if (prev && n.at < prev.at) out.push(`nudges out of order: ${at}`);
  });
  // Time of day (issue 15): a strategy only in the parts of the day it fits, judged when the
  // picker chose it (its claim); a snoozed one coming back later is the person's Later.
  for (const n of run.nudges) {
    const fits = byId.get(n.strategyId)?.fits;
    if (n.again || !fits) continue;
    const p = localParts(n.shownAt, n.timeZone);
    const at = `${n.strategyId} at ${when(n.shownAt, n.timeZone)}`;
    if (!fitsMinute(fits, p.hour * 60 + p.minute)) out.push(`outside ${fits.join('/')}: ${at}`);
    if (fits.join() === 'evening' && p.hour < 17) out.push(`evening-only before 17:00: ${at}`);
    if (fits.join() === 'morning' && p.hour >= 12) out.push(`morning-only after 12:00: ${at}`);
  }
  out.push(...run.alarmProblems.map((p) => `one alarm: ${p}`));

  counted.forEach((n, i) => {
    const dayStart = startOfLocalDay(n.at, n.timeZone);
    let lo = 0;
    let hi = i;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((counted[mid]?.at ?? 0) < dayStart) lo = mid + 1;
      else hi = mid;
    }
    const sameDay = i - lo + 1;
    if (sameDay > settings.dailyCap) out.push(`above the daily cap (${sameDay}): ${when(n.at, n.timeZone)}`);
  });
  const ids = new Set<string>();
  for (const n of run.nudges.filter((x) => !x.again)) {
    if (ids.has(n.nudgeId)) out.push(`duplicate nudge ${n.nudgeId}`);
    ids.add(n.nudgeId);
  }

  // At most one catch-up between two returns from sleep or a closed browser.
  const returns = [...run.returns].sort((a, b) => a - b);
  let lastReturn = -Infinity;
  let catchUps = 0;
  for (const n of scheduled) {
    const r = returns.filter((t) => t <= n.at).pop() ?? -Infinity;
    if (r !== lastReturn) {
      lastReturn = r;
      catchUps = 0;
    }
    if (n.catchUp && ++catchUps > 1) out.push(`second catch-up after one wake: ${when(n.at, n.timeZone)}`);
  }

  for (const f of faults) {
    if (f.type !== 'idle' && f.type !== 'fullscreen' && f.type !== 'audio') continue;
    if (!settings.holds[f.type]) continue;
    const until = f.at + f.minutes * 60_000;
    for (const n of scheduled) {
      if (n.at >= f.at && n.at < until) out.push(`shown during ${f.type}: ${when(n.at, n.timeZone)}`);
    }
  }

  if (run.log.length > LOG_MAX_EVENTS) out.push(`log holds ${run.log.length} events`);
  // Age is enforced on append, so measure it from the newest event.
  const oldest = run.log[0]?.at;
  const newest = run.log[run.log.length - 1]?.at;
  if (oldest !== undefined && newest !== undefined && newest - oldest > LOG_MAX_AGE_DAYS * 86_400_000) {
    out.push('log keeps events older than its age bound');
  }
  const bytes = JSON.stringify(run.log).length;
  if (bytes > STORAGE_BUDGET_BYTES) out.push(`log takes ${bytes} bytes`);
  return out;
}
