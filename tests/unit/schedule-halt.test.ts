/**
 * Why the scheduler plans nothing whatever the calendar says: paused, or every kind
 * switched off. The popup words its "no next nudge" line from this same answer, so
 * "every kind off" is never explained as missing active hours (issue 9, item 8).
 */
import { describe, expect, it } from 'vitest';
import { haltOf } from '../../src/schedule/halt.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { PAUSE_UNTIL_RESUMED, withPause } from '../../src/settings/pause.ts';
import type { Settings } from '../../src/settings/types.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { at, MINUTE } from '../support/sim-clock.ts';
import { settingsWith, wakeInput } from '../support/sim-wake.ts';

const now = at('Europe/Berlin', '2025-06-10 10:00');
const end = now + 60 * MINUTE;
const pause = { until: end };
const allOff = settingsWith({
  kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: false, weight: 1 }])) as Settings['kinds'],
});

describe('haltOf', () => {
  it('with every kind switched off: its own reason, not a lack of active hours', () => {
    expect(haltOf(allOff, now)).toEqual({ reason: 'no-kind-enabled' });
  });

  it('with one kind on and no pause: nothing halts the plan', () => {
    const oneOn = { ...allOff, kinds: { ...allOff.kinds, calm: { enabled: true, weight: 1 } } };
    expect(haltOf(oneOn, now)).toBeNull();
    expect(haltOf(DEFAULT_SETTINGS, now)).toBeNull();
  });

  it('a pause comes first, with until when; an ended pause halts nothing', () => {
    expect(haltOf(withPause(allOff, pause), now)).toEqual({ reason: 'paused', until: end });
    expect(haltOf(withPause(DEFAULT_SETTINGS, PAUSE_UNTIL_RESUMED), now)).toEqual({ reason: 'paused', until: 'resume' });
    expect(haltOf(withPause(DEFAULT_SETTINGS, pause), end)).toBeNull();
  });

  it('is what wake goes by: halted, nothing is planned, and the one alarm is a pause’s end', () => {
    const cases: [Settings, number | null][] = [
      [allOff, null],
      [withPause(DEFAULT_SETTINGS, pause), end],
      [withPause(DEFAULT_SETTINGS, PAUSE_UNTIL_RESUMED), null],
    ];
    for (const [settings, alarmAt] of cases) {
      expect(haltOf(settings, now)).not.toBeNull();
      const r = wake(wakeInput({ settings, now, reason: 'settings-changed' }));
      expect(r.state.dueAt).toBeNull();
      expect(r.alarmAt).toBe(alarmAt);
    }
  });
});
