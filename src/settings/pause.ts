/**
 * Pause helpers: the popup's "1 h / rest of today / until resumed" as concrete data, so
 * the badge can say until when and the scheduler treats every pause the same way.
 */
import { startOfNextLocalDay } from '../time/local-to-epoch.ts';
import type { Pause, Settings } from './types.ts';

export function pauseFor(now: number, minutes: number): Pause {
  return { until: now + minutes * 60_000 };
}

/** Until the next local midnight in the person's zone. */
export function pauseRestOfToday(now: number, timeZone: string): Pause {
  return { until: startOfNextLocalDay(now, timeZone) };
}

export const PAUSE_UNTIL_RESUMED: Pause = Object.freeze({ until: 'resume' });

export function withPause(settings: Settings, pause: Pause | null): Settings {
  return { ...settings, pause };
}

/** Until when nudges are paused at `now`: a moment, "resume", or null when not paused. */
export function pausedUntil(settings: Settings, now: number): number | 'resume' | null {
  const until = settings.pause?.until;
  if (until === undefined) return null;
  if (until === 'resume') return 'resume';
  return until > now ? until : null;
}
