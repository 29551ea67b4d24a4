import { localParts, offsetAt } from './zone.ts';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "2025-03-30T09:41:07+02:00": local wall time with its UTC offset, as the simulation prints. */
export function formatLocalIso(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  const offsetMinutes = Math.round(offsetAt(ms, timeZone) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** "09:05" → 545; assumes the string passed validation. */
export function minutesOfTime(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
