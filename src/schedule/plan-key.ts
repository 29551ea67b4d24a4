import type { Settings } from '../settings/types.ts';
import { canonicalJson } from '../json.ts';

/**
 * A short fingerprint of the settings that shape the rhythm. Kinds, holds and
 * notification style are left out: changing them must not move the next nudge.
 */
export function planKey(settings: Settings): string {
  const { intervalMinutes, spread, activeHours, dailyCap, minGapMinutes } = settings;
  // Keys sorted: settings read from storage may list the days in any order.
  const text = canonicalJson([intervalMinutes, spread, activeHours, dailyCap, minGapMinutes]);
  // FNV-1a, 32 bits: collisions only cost a missed replan, and the key stays tiny.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
