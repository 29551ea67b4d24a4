/** Readable instants for tests: `at('Europe/Berlin', '2025-03-30 09:00')`. */
import { localToEpoch, type Disambiguation } from '../../src/time/local-to-epoch.ts';
import { formatLocalIso } from '../../src/time/format.ts';

export function at(timeZone: string, local: string, prefer: Disambiguation = 'earlier'): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`bad local time ${local}`);
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  return localToEpoch({ year: y, month: mo, day: d }, h * 60 + mi, timeZone, prefer);
}

/** "2025-03-30 09:41" in the zone: for readable assertions. */
export function local(ms: number, timeZone: string): string {
  return formatLocalIso(ms, timeZone).slice(0, 16).replace('T', ' ');
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
