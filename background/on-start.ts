/**
 * Every time the worker starts, whatever woke it: two cheap checks that catch what no
 * event reports. Alarms can vanish without onStartup (a reloaded unpacked copy, a browser
 * crash), and a worker stopped between claiming a nudge and showing it left one waiting
 * unseen. Either way the worker reconciles, which is idempotent: a redundant run changes
 * nothing.
 */
import { browser } from '../platform/browser.ts';
import { NUDGE_ALARM } from './alarm.ts';
import { reconcile } from './reconcile.ts';

export async function onWorkerStart(): Promise<void> {
  const [alarm, { current }] = await Promise.all([browser.alarms.get(NUDGE_ALARM), browser.storage.local.get('current')]);
  const unseen = typeof current === 'object' && current !== null && (current as { notified?: unknown }).notified === false;
  if (!alarm || unseen) await reconcile('startup');
}
