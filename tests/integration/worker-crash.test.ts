/**
 * MV3 may stop the worker at any instant, and the one-shot alarm that woke it is gone the
 * moment it fires. Whatever instant the worker dies at while turning its alarm into a
 * nudge, something must be left that finishes the job: the nudge it claimed is shown, once,
 * and exactly one alarm is pending afterwards. Each case below stops the worker after one
 * more of its browser calls than the case before, until a wake runs to its end.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MINUTE,
  alarmGoesOff,
  badgeText,
  flush,
  freezeAfter,
  installWithAllDay,
  killWorker,
  notificationIds,
  nudgeAlarm,
  passTime,
  reachNextNudge,
  sendRaw,
  stored,
} from '../support/fake-worker.ts';

const START = Date.UTC(2026, 2, 4, 12, 0); // a Wednesday

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/** Installs, then lets the first nudge's alarm fire with the worker frozen after `n` calls. */
async function dieDuringAlarmWake(n: number): Promise<{ callsMade: number }> {
  await installWithAllDay();
  const alarm = await nudgeAlarm();
  if (!alarm) throw new Error('no nudge planned');
  vi.setSystemTime(Math.ceil(alarm.scheduledTime));
  await alarmGoesOff(alarm);
  const frozen = freezeAfter(n);
  await fakeBrowser.alarms.onAlarm.trigger(alarm);
  await flush();
  const callsMade = frozen.calls();
  frozen.restore();
  killWorker();
  return { callsMade };
}

// Each case installs afresh and starts the real worker module two or three times, for every
// instant of a wake: dozens of module loads, which take a while on a loaded machine.
const MANY_RESTARTS = { timeout: 60_000 };

describe('a worker stopped at any instant of its alarm wake', () => {
  it('leaves something that shows the claimed nudge once and one alarm, whatever the instant', MANY_RESTARTS, async () => {
    let complete = false;
    for (let n = 0; !complete; n++) {
      if (n > 60) throw new Error('an alarm wake never ran to its end');
      const { callsMade } = await dieDuringAlarmWake(n);
      // A wake that made fewer calls than allowed ran to its end: the last case.
      complete = callsMade <= n;
      // Nothing but the browser's own alarm may bring the worker back.
      await passTime(5 * MINUTE);
      const state = await stored();
      const shown = state.log.filter((e) => e.type === 'shown');
      expect(shown, `stopped after ${String(n)} calls`).toHaveLength(1);
      expect(state.current, `stopped after ${String(n)} calls`).toMatchObject({ notified: true, snoozedUntil: null });
      expect(await notificationIds(), `stopped after ${String(n)} calls`).toEqual([`tend-nudge:${state.current?.id ?? ''}`]);
      expect(await badgeText(), `stopped after ${String(n)} calls`).toBe('1');
      const alarm = await nudgeAlarm();
      expect(alarm?.scheduledTime, `stopped after ${String(n)} calls`).toBeGreaterThan(Date.now());
      expect(alarm?.scheduledTime).toBe(Math.ceil(state.schedule.dueAt ?? NaN));
    }
  });

  it('an answer (Done) stopped at any instant still ends with the nudge closed, the badge clear and the next plan armed', MANY_RESTARTS, async () => {
    let complete = false;
    for (let n = 0; !complete; n++) {
      if (n > 60) throw new Error('the Done command never ran to its end');
      await installWithAllDay();
      const nudge = await reachNextNudge();
      const frozen = freezeAfter(n);
      // As the popup sends it; the reply never comes if the worker stops first.
      void sendRaw('done', { nudgeId: nudge.id });
      await flush();
      complete = frozen.calls() <= n;
      frozen.restore();
      killWorker();
      await passTime(5 * MINUTE);
      const state = await stored();
      const what = `stopped after ${String(n)} calls`;
      if (state.log.some((e) => e.type === 'done')) {
        expect(state.current ?? null, what).toBeNull();
        expect(await notificationIds(), what).toEqual([]);
        expect(await badgeText(), what).toBe('');
      } else {
        // Stopped before the answer was saved: the nudge is still on offer, as it was.
        expect(state.current?.id, what).toBe(nudge.id);
        expect(await notificationIds(), what).toEqual([`tend-nudge:${nudge.id}`]);
        expect(await badgeText(), what).toBe('1');
      }
      // Back on the plan, not left on the retry.
      expect((await nudgeAlarm())?.scheduledTime, what).toBe(Math.ceil(state.schedule.dueAt ?? NaN));
    }
  });
});
