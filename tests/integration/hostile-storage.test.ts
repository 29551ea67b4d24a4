/**
 * Hostile storage, as a property: whatever is written into storage.local before an event
 * (any key, Tend's or not; any JSON shape; sizes up to the 10 MiB quota; moments Date cannot
 * hold; `__proto__` keys), the next wake leaves exactly one alarm, tells the person about
 * every slice it reset (with its copy, or saying none could be kept), leaves everything it
 * could read as it was, and lets no exception escape.
 *
 * One worker serves every run: the worker keeps nothing in module state (STYLE.md §4), so
 * a browser restart is storage put back, alarms wiped and onStartup fired at the same
 * worker; starting the module afresh per case would cost most of the time budget.
 */
import fc from 'fast-check';
import { fakeBrowser } from '@webext-core/fake-browser';
import { STAMP_PREFIX } from '../../src/state/stamp.ts';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { parseSettings } from '../../src/settings/parse.ts';
import { MAX_BACKUP_BYTES } from '../../src/state/backups.ts';
import { parseState } from '../../src/state/parse.ts';
import { STATE_KEYS, type StateKey } from '../../src/state/types.ts';
import { itemBytes, LOCAL_QUOTA_BYTES } from '../support/fake-quota.ts';
import { flush, installWithAllDay, MINUTE, reachNextNudge, send } from '../support/fake-worker.ts';

const RUNS = Number(process.env['TEND_HOSTILE_RUNS'] ?? 1000);
const START = Date.UTC(2026, 2, 4, 12, 0);
const MiB = 1024 * 1024;
const PERSONAL = ['settings', 'log', 'custom'] as const satisfies readonly StateKey[];
const isStateKey = (key: string): key is StateKey => (STATE_KEYS as readonly string[]).includes(key);

type Items = Record<string, unknown>;
/** What storage held before the hostile writes: an installed Tend with a nudge waiting and a notice. */
let base: Items = {};
let now = 0;
const errors: unknown[] = [];
const onRejection = (reason: unknown) => errors.push(reason);

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
  await installWithAllDay();
  await reachNextNudge();
  await reachNextNudge();
  await fakeBrowser.storage.local.set({ custom: 'broken' });
  await fakeBrowser.runtime.onStartup.trigger();
  await flush();
  await send('addCustom', { kind: 'calm', title: 'Mine', message: 'Three slow breaths.', steps: [], minutes: 1 });
  vi.setSystemTime(Date.now() + MINUTE);
  now = Date.now();
  base = plain(await fakeBrowser.storage.local.get(null));
  // The base must be what the property says it is, or every run would test nothing.
  expect(base['current']).toMatchObject({ snoozedUntil: null });
  expect(base['notices']).toHaveLength(1);
  expect(base['custom']).toHaveLength(1);
  process.on('unhandledRejection', onRejection);
});
afterAll(() => {
  process.off('unhandledRejection', onRejection);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const plain = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

// --- What gets written -------------------------------------------------------------------

/** Numbers a schema might let through and Date cannot hold (or the product never meant). */
const extreme = fc.constantFrom(1e16, -1e16, 8.64e15 + 1, 1e308, -1, 0, -0, 946_684_799_999, 7_258_118_400_001, Number.MAX_SAFE_INTEGER);

const { junk } = fc.letrec<{ junk: unknown }>((tie) => ({
  junk: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    extreme,
    fc.constantFrom(1, 0.5, -1e308, START),
    fc.integer(),
    // NaN and ±Infinity: JSON carries them as null.
    fc.double(),
    fc.string({ maxLength: 12 }),
    fc.constantFrom('', 'resume', '09:00', '24:00', 'calm', 'shown', 'custom-x', 'backup:log:x', 'granted'),
    fc.array(tie('junk'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom('id', 'at', 'until', 'dueAt', 'kind', 'version', 'constructor', 'toString'), fc.string({ maxLength: 6 })), tie('junk'), { maxKeys: 4 }),
    // A `__proto__` own key, as JSON.parse makes it (an object literal would set the prototype).
    tie('junk').map((inner) => JSON.parse(`{"__proto__": ${JSON.stringify(inner === undefined ? null : inner)}, "version": 2}`) as unknown),
  ),
}));

/** Made once: a run reuses the same few big strings (up to the quota together). */
const HUGE = [MAX_BACKUP_BYTES - 64, 1.5 * MiB, 3 * MiB, 5 * MiB].map((n) => 'x'.repeat(n));
const huge = fc.constantFrom(...HUGE, Array.from({ length: 20_000 }, (_, i) => ({ at: i })));

/** Tend's own slice with one part changed: the near misses a schema must catch. */
function mutated(key: string): fc.Arbitrary<unknown> {
  const original = base[key];
  if (typeof original !== 'object' || original === null) return junk;
  const value = fc.oneof({ weight: 2, arbitrary: extreme }, { weight: 3, arbitrary: junk });
  return fc.tuple(fc.nat(), fc.nat(), value, fc.boolean()).map(([i, j, value, deep]) => {
    const copy = plain(original) as Items | unknown[];
    const slot = (target: Items | unknown[], n: number): [Items | unknown[], string | number] => {
      const keys = Array.isArray(target) ? target.map((_, k) => k) : Object.keys(target);
      return [target, keys.length === 0 ? 0 : (keys[n % keys.length] ?? 0)];
    };
    let [target, at] = slot(copy, i);
    const inner = (target as Items)[at];
    if (deep && typeof inner === 'object' && inner !== null) [target, at] = slot(inner as Items, j);
    (target as Items)[at] = value;
    return copy;
  });
}

const keyArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<string>(...STATE_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom('other', 'backup:custom:2026-01-01T00:00:00.000Z', 'backup:log:', 'constructor', 'toString', 'hasOwnProperty', '') },
  // Not `__proto__` as a storage key: the fake keeps items in a plain object, where that key
  // sets its prototype instead of storing an item (Chrome stores it like any other).
  { weight: 1, arbitrary: fc.string({ maxLength: 16 }).filter((k) => k !== '__proto__') },
);

const entryArb: fc.Arbitrary<[string, unknown]> = keyArb.chain((key) =>
  fc.tuple(fc.constant(key), isStateKey(key) ? fc.oneof(junk, mutated(key)) : junk),
);
const hugeEntryArb: fc.Arbitrary<[string, unknown]> = fc.tuple(keyArb, huge);

/**
 * A few writes, now and then one to three huge ones among them. Huge values are rarer than
 * the rest only because each costs ~40 ms in the fake (JSON round trips of megabytes).
 */
const entriesArb = fc
  .tuple(
    fc.array(entryArb, { minLength: 1, maxLength: 4 }),
    fc.oneof({ weight: 9, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(hugeEntryArb, { minLength: 1, maxLength: 3 }) }),
    fc.nat(),
  )
  .map(([small, big, at]) => {
    const all = [...small];
    all.splice(at % (all.length + 1), 0, ...big);
    return all;
  });

// --- One run -------------------------------------------------------------------------------

/** A browser restart over `entries` written behind Tend's back; returns what was stored. */
async function restartOver(entries: readonly [string, unknown][]): Promise<Items> {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.local.set(base);
  fakeBrowser.alarms.resetState();
  fakeBrowser.notifications.resetState();
  fakeBrowser.action.resetState();
  for (const [key, value] of entries) {
    // A write past the quota is refused by the browser too: then it never happened.
    await fakeBrowser.storage.local.set({ [key]: value }).catch(() => undefined);
  }
  // The fake hands out its own stored copies (JSON already, as the browser's are): read, not copied.
  const written = await fakeBrowser.storage.local.get(null);
  await fakeBrowser.runtime.onStartup.trigger();
  await flush();
  return written;
}

/** Read as it is: nothing reset, and nothing rebuilt — settings of an older version count, since they are read and migrated. */
const readable = (key: StateKey, value: unknown): boolean => {
  const { repairs, rewrite } = parseState({ [key]: value });
  return repairs.length === 0 && (key === 'settings' || !rewrite.includes(key));
};

async function check(entries: readonly [string, unknown][]): Promise<void> {
  const written = await restartOver(entries);
  const after = await fakeBrowser.storage.local.get(null);
  const touched = (key: string) => entries.some(([k]) => k === key);

  expect(errors).toEqual([]);
  expect((await fakeBrowser.alarms.getAll()).map((a) => a.name)).toEqual(['nudge']);

  // Every slice a wake reads is readable afterwards. The journal is not read on a wake
  // (issue 12): it stays as written until a journal command reads (and repairs) it.
  const woken = Object.fromEntries(Object.entries(after).filter(([key]) => key !== 'journal'));
  if (touched('journal')) expect(same(after['journal'], written['journal'])).toBe(true);
  const reread = parseState(woken);
  expect(reread.repairs).toEqual([]);
  expect(reread.rewrite).toEqual([]);

  const notices = (after['notices'] ?? []) as { id: string; message: string; backupKey?: string }[];
  for (const key of PERSONAL) {
    const notice = notices.find((n) => n.id === `repair-${key}-${now}`);
    if (!touched(key) || written[key] === undefined) {
      expect(notice).toBeUndefined();
      if (!touched(key)) expect(after[key]).toEqual(base[key]);
      continue;
    }
    if (readable(key, written[key])) {
      expect(notice).toBeUndefined();
      // Read as it was; settings of an older version come back in their new shape.
      const settings = key === 'settings' ? parseSettings(written[key]) : null;
      const expected = settings?.ok && settings.migrated ? plain(settings.value) : written[key];
      if (key !== 'log') expect(same(after[key], expected)).toBe(true);
      continue;
    }
    // Reset, and told: with the copy when it fits, saying so when it does not.
    expect(notice).toBeDefined();
    if (notice?.backupKey !== undefined) {
      expect(same(after[notice.backupKey], written[key])).toBe(true);
      expect(itemBytes(notice.backupKey, written[key])).toBeLessThanOrEqual(MAX_BACKUP_BYTES);
    } else {
      expect(notice?.message).toMatch(/too large to keep a copy/);
      expect(tooLarge(key, written) || noRoom(written)).toBe(true);
    }
  }
  // What the person had, and what nobody wrote over, is as it was.
  // Unless this wake's own notices filled all five places (background/state.ts MAX_NOTICES).
  const told = notices.filter((n) => n.id.endsWith(`-${String(now)}`)).length;
  if (!touched('notices') && told < 5) expect((after['notices'] as unknown[]).slice(0, 1)).toEqual(base['notices']);
  const replanned = ['settings', 'schedule', 'log', 'custom'].some((k) => touched(k) && written[k] !== undefined && readable(k as StateKey, written[k]));
  if (!touched('current') && !replanned) expect(after['current']).toEqual(base['current']);
  // Stamps are the worker's own word on what it wrote (src/state/stamp.ts): rewritten with their slices.
  for (const key of Object.keys(written)) {
    if (isStateKey(key) || key.startsWith('backup:') || key.startsWith(STAMP_PREFIX)) continue;
    expect(same(after[key], written[key])).toBe(true);
  }

  // Told once: the next wake repairs nothing more.
  fakeBrowser.alarms.resetState();
  await fakeBrowser.runtime.onStartup.trigger();
  await flush();
  expect((await fakeBrowser.storage.local.get('notices'))['notices']).toEqual(after['notices']);
  expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
}

const copyKey = (key: string) => `backup:${key}:${new Date(now).toISOString()}`;
const tooLarge = (key: string, items: Items) => itemBytes(copyKey(key), items[key]) > MAX_BACKUP_BYTES;

/** The copies small enough to keep would not fit beside the rest, even with their originals reset. */
function noRoom(items: Items): boolean {
  const unreadable = PERSONAL.filter((k) => items[k] !== undefined && !readable(k, items[k]) && !tooLarge(k, items));
  const total = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  const copies = unreadable.reduce((sum, k) => sum + itemBytes(copyKey(k), items[k]) - itemBytes(k, items[k]), 0);
  // Slack for what the reset writes besides: defaults and notices.
  return total + copies > LOCAL_QUOTA_BYTES - 16 * 1024;
}

it(`any storage Tend finds on waking (${String(RUNS)} runs): one alarm, a notice per reset, the rest untouched`, async () => {
  const error = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  await fc.assert(
    fc.asyncProperty(entriesArb, async (entries) => {
      errors.length = 0;
      await check(entries);
    }),
    { numRuns: RUNS },
  );
  expect(error).not.toHaveBeenCalled();
}, 120_000);
