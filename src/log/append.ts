/**
 * Appending keeps the log bounded by count and by age, so storage stays small after
 * years: 1 500 events of ~130 bytes is under 200 KB of JSON, far below the 512 KB budget
 * even for someone at the cap every day. 180 days covers the picker's learning window
 * (half-life 30 days) and everything the popup shows.
 */
import type { Random } from '../random.ts';
import type { LogEvent } from './types.ts';

export const LOG_MAX_EVENTS = 1500;
export const LOG_MAX_AGE_DAYS = 180;
const MAX_AGE_MS = LOG_MAX_AGE_DAYS * 86_400_000;

/** A new log with the event appended and the oldest (by count or age) dropped. */
export function appendEvent(log: readonly LogEvent[], event: LogEvent, now: number): LogEvent[] {
  const oldest = now - MAX_AGE_MS;
  let start = Math.max(0, log.length + 1 - LOG_MAX_EVENTS);
  // The log is appended in time order, so the too-old events are a prefix.
  while (start < log.length && (log[start]?.at ?? 0) < oldest) start++;
  const next = log.slice(start);
  next.push(event);
  return next;
}

/** Short, unique enough within one person's log: time plus a little randomness. */
export function newNudgeId(now: number, random: Random): string {
  return `${Math.floor(now).toString(36)}${Math.floor(random() * 1296).toString(36).padStart(2, '0')}`;
}
