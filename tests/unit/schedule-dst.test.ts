import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../src/schedule/calendar.ts';
import { isInsideActiveHours } from '../../src/schedule/inside.ts';
import { wake } from '../../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import type { Settings } from '../../src/settings/types.ts';
import { formatLocalIso } from '../../src/time/format.ts';
import { localParts } from '../../src/time/zone.ts';
import { at, DAY, local, MINUTE } from '../support/sim-clock.ts';
import { drive, everyDay, settingsWith, wakeInput, type Shown } from '../support/sim-wake.ts';

/** Nights when the clocks change in 2025 (local dates). */
const TRANSITIONS = [
  ['Europe/Berlin', 'spring-forward', '2025-03-30'],
  ['Europe/Berlin', 'fall-back', '2025-10-26'],
  ['America/New_York', 'spring-forward', '2025-03-09'],
  ['America/New_York', 'fall-back', '2025-11-02'],
] as const;

/** Active hours right across the changing hour, and a rhythm that fills them. */
const NIGHT_OWL: Settings = settingsWith({
  activeHours: everyDay({ start: '23:30', end: '05:00' }, { start: '09:00', end: '10:00' }),
  intervalMinutes: 30,
  minGapMinutes: 15,
  spread: 0.5,
  dailyCap: 24,
});

function expectWellBehaved(shows: readonly Shown[], settings: Settings, minGapMinutes: number): void {
  for (const [i, s] of shows.entries()) {
    const when = formatLocalIso(s.at, s.timeZone);
    expect(isInsideActiveHours(s.at, settings.activeHours, s.timeZone), `outside hours: ${when}`).toBe(true);
    const prev = shows[i - 1];
    if (prev) expect(s.at - prev.at, `too close: ${when}`).toBeGreaterThanOrEqual(minGapMinutes * MINUTE);
  }
}

describe.each(TRANSITIONS)('DST in %s (%s, %s)', (tz, _direction, date) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const from = Date.UTC(y, m - 1, d) - 2 * DAY;
  const until = Date.UTC(y, m - 1, d) + 3 * DAY;

  it('nudges around the changing hour stay inside active hours and never come twice or too close', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const run = drive({ settings: NIGHT_OWL, timeZone: tz, from, until, seed });
      expectWellBehaved(run.shows, NIGHT_OWL, 15);
      expect(run.shows.length).toBeGreaterThan(20);
    }
  });

  it('the night of the change itself gets nudges, all inside the range', () => {
    const run = drive({ settings: NIGHT_OWL, timeZone: tz, from, until, seed: 9 });
    const night = run.shows.filter((s) => local(s.at, tz).startsWith(date) && localParts(s.at, tz).hour < 5);
    expect(night.length).toBeGreaterThan(0);
  });

  it('with default hours, the day of the change starts a random while after 09:00 local, like any other', () => {
    const run = drive({ settings: DEFAULT_SETTINGS, timeZone: tz, from, until });
    expectWellBehaved(run.shows, DEFAULT_SETTINGS, DEFAULT_SETTINGS.minGapMinutes);
    const first = run.shows.find((s) => local(s.at, tz).startsWith(date));
    expect(first && local(first.at, tz)).toMatch(new RegExp(`^${date} (09:(1[2-9]|[2-5]\\d)|10:00)$`));
  });
});

describe('DST: windows never contain a wall time outside their range', () => {
  it('spring forward: a range starting in the skipped hour opens when the clock jumps', () => {
    const settings = settingsWith({ activeHours: everyDay({ start: '02:15', end: '04:00' }) });
    const w = makeCalendar(settings.activeHours, 'Europe/Berlin').windowFrom(at('Europe/Berlin', '2025-03-30 00:00'));
    expect(w && formatLocalIso(w.open, 'Europe/Berlin')).toBe('2025-03-30T03:00:00+02:00');
    expect(w && formatLocalIso(w.close, 'Europe/Berlin')).toBe('2025-03-30T04:00:00+02:00');
  });

  it('spring forward: a range ending in the skipped hour closes when the clock jumps', () => {
    const settings = settingsWith({ activeHours: everyDay({ start: '01:00', end: '02:30' }) });
    const w = makeCalendar(settings.activeHours, 'America/New_York').windowFrom(at('America/New_York', '2025-03-09 00:00'));
    expect(w && formatLocalIso(w.open, 'America/New_York')).toBe('2025-03-09T01:00:00-05:00');
    expect(w && formatLocalIso(w.close, 'America/New_York')).toBe('2025-03-09T03:00:00-04:00');
    expect(w && (w.close - w.open) / MINUTE).toBe(60);
  });

  it('fall back: a range ending in the repeated hour closes at its first pass, not an hour later', () => {
    const settings = settingsWith({ activeHours: everyDay({ start: '00:30', end: '02:30' }) });
    const w = makeCalendar(settings.activeHours, 'Europe/Berlin').windowFrom(at('Europe/Berlin', '2025-10-26 00:00'));
    expect(w && formatLocalIso(w.close, 'Europe/Berlin')).toBe('2025-10-26T02:30:00+02:00');
  });

  it('fall back: a range starting in the repeated hour opens at its second pass, so it is never entered twice', () => {
    // New York repeats 01:00–02:00 (EDT, then EST).
    const settings = settingsWith({ activeHours: everyDay({ start: '01:30', end: '06:00' }) });
    const w = makeCalendar(settings.activeHours, 'America/New_York').windowFrom(at('America/New_York', '2025-11-02 00:00'));
    expect(w && formatLocalIso(w.open, 'America/New_York')).toBe('2025-11-02T01:30:00-05:00');
  });
});

describe('a change of time zone', () => {
  const berlin = 'Europe/Berlin';
  const newYork = 'America/New_York';

  it('a plan that still falls inside active hours in the new zone is kept as it is', () => {
    const planned = wake(wakeInput({ now: at(berlin, '2025-06-10 18:00'), timeZone: berlin, reason: 'installed' }));
    const r = wake(wakeInput({ now: at(berlin, '2025-06-10 18:05'), state: planned.state, timeZone: newYork, reason: 'startup' }));
    expect(r.alarmAt).toBe(planned.alarmAt);
    expect(r.why).toBe('time zone changed; plan still fits');
    expect(r.state.timeZone).toBe(newYork);
  });

  it('a plan that falls outside active hours in the new zone moves into them, a random while after they open', () => {
    const planned = wake(wakeInput({ now: at(berlin, '2025-06-10 09:30'), timeZone: berlin, reason: 'installed' }));
    expect(localParts(planned.alarmAt ?? 0, newYork).hour).toBeLessThan(9); // night in New York
    const r = wake(wakeInput({ now: at(berlin, '2025-06-10 09:35'), state: planned.state, timeZone: newYork, reason: 'startup' }));
    expect(r.why).toMatch(/^time zone changed/);
    expect(local(r.alarmAt ?? 0, newYork)).toMatch(/^2025-06-10 (09:(1[2-9]|[2-5]\d)|10:00)$/);
  });

  it('an alarm planned in the old zone that fires at night in the new one shows nothing', () => {
    const planned = wake(wakeInput({ now: at(berlin, '2025-06-10 09:30'), timeZone: berlin, reason: 'installed' }));
    const r = wake(wakeInput({ now: planned.alarmAt ?? 0, state: planned.state, timeZone: newYork }));
    expect(r.show).toBeNull();
    expect(isInsideActiveHours(r.alarmAt ?? 0, DEFAULT_SETTINGS.activeHours, newYork)).toBe(true);
  });

  it('a traveller crossing zones for weeks is nudged only inside each zone’s hours, never twice, within the cap', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney', 'Europe/Berlin'];
    const from = at(berlin, '2025-03-01 00:00');
    const zoneAt = (t: number): string => zones[Math.min(zones.length - 1, Math.floor((t - from) / (4.3 * DAY)))] ?? berlin;
    const run = drive({ settings: DEFAULT_SETTINGS, timeZone: zoneAt, from, until: from + 21 * DAY, seed: 6 });
    expectWellBehaved(run.shows, DEFAULT_SETTINGS, DEFAULT_SETTINGS.minGapMinutes);
    const perLocalDay = new Map<string, number>();
    for (const s of run.shows) {
      const key = `${s.timeZone} ${local(s.at, s.timeZone).slice(0, 10)}`;
      perLocalDay.set(key, (perLocalDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(...perLocalDay.values())).toBeLessThanOrEqual(DEFAULT_SETTINGS.dailyCap);
    expect(new Set(run.shows.map((s) => s.timeZone)).size).toBe(4);
  });
});
