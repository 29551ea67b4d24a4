/**
 * Steps shared by the e2e scenarios. Time cannot be sped up in a real browser, so "a nudge
 * comes due" is done honestly: the stored plan is moved to a moment just ahead (as if the
 * hours between had passed) and the real alarm is set for it; the worker's real alarm
 * handler does the rest.
 */
import { LOCK_NAME } from '../../platform/lock.ts';
import { COPY_PREFIX, EVERY_COPY } from '../../platform/strategy-copies.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';
import { stampsFor } from '../../src/state/stamp.ts';
import type { Settings } from '../../src/settings/types.ts';
import type { Page } from 'playwright-core';
import { strategyById } from '../../src/strategies/index.ts';
import { KINDS, type Kind, type Strategy } from '../../src/strategies/types.ts';
import { waitFor, type Tend } from './tend.ts';

export interface NudgeState {
  current: { id: string; strategyId: string; line: number; notified: boolean; snoozedUntil: number | null } | null;
  log: { type: string; nudgeId: string; strategyId: string }[];
  schedule: { dueAt: number | null };
  alarms: { name: string; scheduledTime: number }[];
  notifications: string[];
  badge: string;
}

/** All day, every day, a short gap and a high cap: a test at any hour can get a nudge. */
export const TEST_SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  activeHours: Object.fromEntries(WEEKDAYS.map((d) => [d, [{ start: '00:00', end: '23:59' }]])) as unknown as Settings['activeHours'],
  intervalMinutes: 60,
  minGapMinutes: 30,
  dailyCap: 24,
};

/** Sends a command from an extension page, as the popup does. */
export async function command(tend: Tend, name: string, payload: unknown): Promise<unknown> {
  const page = await tend.openPage();
  try {
    return await page.evaluate(([n, p]) => chrome.runtime.sendMessage({ command: n, payload: p }), [name, payload] as const);
  } finally {
    await page.close();
  }
}

export async function useTestSettings(tend: Tend, settings: Settings = TEST_SETTINGS): Promise<void> {
  const reply = (await command(tend, 'saveSettings', { settings })) as { ok: boolean };
  if (!reply.ok) throw new Error(`saveSettings failed: ${JSON.stringify(reply)}`);
}

/**
 * Moves everything stored back by `hours` (the log, the plan, the nudge on offer), as if
 * that much time had passed, then makes the plan due `inMs` from now with its real alarm.
 */
export async function bringNudgeDue(tend: Tend, inMs = 300, hours = 3): Promise<void> {
  const shift = hours * 3_600_000;
  const back = (t: unknown) => (typeof t === 'number' ? t - shift : t);
  const { stored, version } = await tend.inWorker(async () => ({
    stored: (await chrome.storage.local.get(['schedule', 'log', 'current'])),
    version: chrome.runtime.getManifest().version,
  }));
  const plan = stored['schedule'] as Record<string, unknown>;
  const current = stored['current'] as { shownAt: number } | null | undefined;
  const when = Date.now() + inMs;
  const patch = {
    schedule: {
      ...plan,
      dueAt: when,
      plannedAt: back(plan['plannedAt']),
      lastShownAt: back(plan['lastShownAt']),
      shownAt: ((plan['shownAt'] ?? []) as number[]).map((t) => t - shift),
    },
    log: ((stored['log'] ?? []) as { at: number }[]).map((e) => ({ ...e, at: e.at - shift })),
    ...(current ? { current: { ...current, shownAt: current.shownAt - shift } } : {}),
  };
  // Stamped as the worker stamps what it writes (src/state/stamp.ts): this is the worker's
  // own state, only older, so a wake reads it the way it reads a person's.
  const write = { ...patch, ...stampsFor(patch, version) };
  await tend.inWorker(
    async ([items, at]) => {
      await chrome.storage.local.set(items);
      await chrome.alarms.create('nudge', { when: at });
    },
    [write, when] as const,
  );
}

/**
 * What the worker has settled: read inside its state lock, so a snapshot never falls in the
 * middle of a change (saved, but the notification, badge or alarm not yet matched to it).
 */
export function nudgeState(tend: Tend): Promise<NudgeState> {
  return tend.inWorker(
    async (lock) =>
      await navigator.locks.request(lock, async () => {
        const { current, log, schedule } = await chrome.storage.local.get(['current', 'log', 'schedule']);
        return {
          current: (current ?? null) as NudgeState['current'],
          log: (log ?? []) as NudgeState['log'],
          schedule: schedule as NudgeState['schedule'],
          alarms: (await chrome.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime })),
          notifications: Object.keys(await chrome.notifications.getAll()),
          badge: await chrome.action.getBadgeText({}),
        };
      }),
    LOCK_NAME,
  );
}

/** Settings with only `kind` switched on, so the nudge that comes due is of that kind. */
export function onlyKind(kind: Kind, settings: Settings = TEST_SETTINGS): Settings {
  return { ...settings, kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k === kind, weight: 1 }])) as Settings['kinds'] };
}

/** The popup at its real size (380×600), in front (other tabs may be open), on a view, painted. */
export async function openPopup(tend: Tend, view = ''): Promise<Page> {
  const page = await tend.openPage(`popup/popup.html${view ? `?view=${view}` : ''}`);
  await page.setViewportSize({ width: 380, height: 600 });
  await page.bringToFront();
  await page.locator('[role=tabpanel]:not([hidden]) > *').first().waitFor();
  return page;
}

/**
 * Waits until `page` (a popup) has kept its copy of the library's words, as it does once
 * Now is painted (platform/strategy-copies.ts): from then on a popup paints without
 * fetching a strategy's file.
 */
export async function libraryCopiesKept(page: Page): Promise<void> {
  await waitFor('the popup to keep the library\'s words', () =>
    page.evaluate(([prefix, every]) => Object.keys(localStorage).some((k) => k.startsWith(prefix) && k.endsWith(every)), [COPY_PREFIX, EVERY_COPY] as const),
  );
}

/** Brings the next nudge due on its real alarm and waits until it is on offer and shown. */
export async function nextWaitingNudge(tend: Tend): Promise<{ current: NonNullable<NudgeState['current']>; strategy: Strategy }> {
  const before = (await nudgeState(tend)).current?.id;
  await bringNudgeDue(tend);
  const state = await waitFor('a nudge on offer', async () => {
    const s = await nudgeState(tend);
    return s.current && s.current.id !== before && s.current.notified && s.current.snoozedUntil === null ? s : null;
  });
  const current = state.current;
  const strategy = strategyById(current?.strategyId ?? '');
  if (!current || !strategy) throw new Error('no nudge on offer');
  return { current, strategy };
}

/** The options of a notification Tend asked the browser to show. */
export interface CreatedNotification {
  readonly title: string;
  readonly message: string;
  readonly buttons?: readonly { readonly title: string }[];
}

/**
 * From now on, notes the options of every notification Tend creates: Chrome's getAll gives
 * only ids, and Tend calls the same object (Chrome ≥ 148: browser === chrome), so a wrapper
 * around `chrome.notifications.create` in the worker sees each call. Safe to call again.
 */
export async function noteNotifications(tend: Tend): Promise<void> {
  await tend.inWorker(() => {
    type Create = (id: string, options: unknown) => Promise<string>;
    const api = chrome.notifications as unknown as { create: Create; tendOriginal?: Create };
    const g = globalThis as unknown as { tendCreated?: unknown[] };
    g.tendCreated = [];
    const original = api.tendOriginal ?? api.create.bind(api);
    api.tendOriginal = original;
    api.create = (id, options) => {
      g.tendCreated?.push(options);
      return original(id, options);
    };
  });
}

/** What `noteNotifications` has noted so far, oldest first. */
export function notedNotifications(tend: Tend): Promise<CreatedNotification[]> {
  return tend.inWorker(() => (globalThis as unknown as { tendCreated?: CreatedNotification[] }).tendCreated ?? []);
}
