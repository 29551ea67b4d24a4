/** What the worker learns about the browser's side of delivery, kept only when it changes. */
import type { Health } from './types.ts';

/**
 * The health to store after reading the notification permission, or null when nothing
 * changed (so a wake that learns nothing new writes nothing). `level` is null where the
 * browser cannot tell (Firefox has no getPermissionLevel): the stored value stands.
 */
export function nextHealth(health: Health, level: 'granted' | 'denied' | null, now: number): Health | null {
  if (level === null || level === health.notifications) return null;
  return { notifications: level, checkedAt: now };
}
