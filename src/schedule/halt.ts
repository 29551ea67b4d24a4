/**
 * Why nothing is planned whatever the calendar says: Tend is paused, or every kind of
 * nudge is switched off (there would be nothing to show). The scheduler stops on it, and
 * the popup words its "no next nudge" line from the same answer, so switched-off kinds
 * are never explained as missing active hours (issue 9, item 8).
 */
import { pausedUntil } from '../settings/pause.ts';
import type { Settings } from '../settings/types.ts';

export type Halt =
  | { readonly reason: 'paused'; readonly until: number | 'resume' }
  | { readonly reason: 'no-kind-enabled' };

/** Null when the scheduler plans by the calendar; a pause comes first (it carries until when). */
export function haltOf(settings: Settings, now: number): Halt | null {
  const until = pausedUntil(settings, now);
  if (until !== null) return { reason: 'paused', until };
  if (!Object.values(settings.kinds).some((k) => k.enabled)) return { reason: 'no-kind-enabled' };
  return null;
}
