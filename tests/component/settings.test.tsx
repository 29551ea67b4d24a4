// @vitest-environment happy-dom
/**
 * The settings view with the popup's real store and the real worker behind it: a valid
 * change is saved at once and reschedules visibly; an impossible one shows a message next
 * to its field and leaves stored settings exactly as they were.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoment } from '../../ui/format.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';
import { stored } from '../support/fake-worker.ts';
import { installTend, renderSettings, sent, START_SETTINGS, storedSettings } from './settings-setup.tsx';

let store: { dispose(): void } | undefined;

beforeEach(async () => {
  await installTend();
  store = await renderSettings();
});
afterEach(() => {
  cleanup();
  store?.dispose();
});

/** The message shown for a control: what its aria-describedby points at. */
function messageFor(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

const status = () => screen.getByRole('status').textContent;
const saved = () => waitFor(() => { expect(status()).toContain('Saved.'); });
/** The command runner takes one command at a time: wait until the last one answered. */
const settled = () =>
  waitFor(() => { expect(screen.getByRole('button', { name: 'For an hour' }).getAttribute('aria-disabled')).toBe('false'); });

describe('rhythm', () => {
  it('saves a new interval at once and shows the rescheduled next nudge', async () => {
    fireEvent.change(screen.getByLabelText('Average time between nudges'), { target: { value: '240' } });
    await saved();
    expect((await storedSettings()).intervalMinutes).toBe(240);
    const { schedule } = await stored();
    expect(schedule.dueAt).not.toBeNull();
    expect(status()).toContain(`Next nudge: around ${formatMoment(schedule.dueAt ?? 0, Date.now())}.`);
    expect(sent.filter((m) => m.command === 'saveSettings')).toHaveLength(1);
  });

  it('refuses a minimum gap above the interval, says why next to the field, and saves nothing', async () => {
    const gap = screen.getByLabelText('Shortest gap between nudges');
    fireEvent.change(gap, { target: { value: '150' } });
    await waitFor(() => { expect(messageFor(gap)).toContain('can’t be longer than the average time between nudges (2 hours)'); });
    expect(gap.getAttribute('aria-invalid')).toBe('true');
    expect(status()).toContain('Not saved yet');
    expect(sent.some((m) => m.command === 'saveSettings')).toBe(false);
    expect(await storedSettings()).toEqual(START_SETTINGS);
    expect(sent).toEqual([]);
  });

  it('saves a typed number after a pause in typing, without leaving the field', async () => {
    fireEvent.input(screen.getByLabelText('Daily limit'), { target: { value: '6' } });
    await waitFor(async () => { expect((await storedSettings()).dailyCap).toBe(6); }, { timeout: 3000 });
  });

  it('words the unit for the number in the field: 1 nudge, 2 nudges', async () => {
    const cap = screen.getByLabelText('Daily limit');
    const unit = () => cap.nextElementSibling?.textContent;
    expect(unit()).toBe('nudges');
    fireEvent.input(cap, { target: { value: '1' } });
    expect(unit()).toBe('nudge');
    fireEvent.input(cap, { target: { value: '2' } });
    expect(unit()).toBe('nudges');
    // What was typed is saved after a pause: let it land here, not in the next test.
    await waitFor(async () => { expect((await storedSettings()).dailyCap).toBe(2); }, { timeout: 3000 });
  });

  it('refuses a daily limit that is not a whole number in range', async () => {
    const cap = screen.getByLabelText('Daily limit');
    fireEvent.change(cap, { target: { value: '30' } });
    await waitFor(() => { expect(messageFor(cap)).toContain('whole number from 1 to 24'); });
    expect((await storedSettings()).dailyCap).toBe(4);
  });
});

describe('active hours', () => {
  it('edits the shared ranges; a range that starts when it ends is refused until fixed', async () => {
    const end = screen.getByLabelText('to');
    fireEvent.change(end, { target: { value: '09:00' } });
    await waitFor(() => { expect(messageFor(end)).toContain('different start and end times'); });
    expect((await storedSettings()).activeHours).toEqual(DEFAULT_SETTINGS.activeHours);

    fireEvent.change(end, { target: { value: '17:30' } });
    await saved();
    expect(messageFor(end)).toBe('');
    const hours = (await storedSettings()).activeHours;
    for (const day of WEEKDAYS) expect(hours[day]).toEqual([{ start: '09:00', end: '17:30' }]);
  });

  it('adds and removes ranges per day, and "same every day" copies Monday to all', async () => {
    fireEvent.click(screen.getByLabelText('Same hours every day'));
    const wednesday = screen.getByRole('group', { name: 'Wednesday' });
    fireEvent.click(within(wednesday).getByRole('button', { name: 'Add hours (Wednesday)' }));
    await saved();
    let hours = (await storedSettings()).activeHours;
    expect(hours.wed).toEqual([{ start: '09:00', end: '21:00' }, { start: '21:00', end: '23:00' }]);
    expect(hours.tue).toEqual([{ start: '09:00', end: '21:00' }]);
    // The new range's start has focus, so the keyboard carries on where the person is.
    expect(document.activeElement?.id).toBe('settings-wed-1-start');

    const monday = screen.getByRole('group', { name: 'Monday' });
    fireEvent.click(within(monday).getByRole('button', { name: 'Remove 09:00–21:00 (Monday)' }));
    await waitFor(async () => { expect((await storedSettings()).activeHours.mon).toEqual([]); });
    expect(within(monday).getByText('No nudges on this day.')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Add hours');

    fireEvent.click(screen.getByLabelText('Same hours every day'));
    await waitFor(async () => {
      hours = (await storedSettings()).activeHours;
      expect(WEEKDAYS.every((day) => hours[day].length === 0)).toBe(true);
    });
    // No hours left on any day: nothing can be planned, and the view says so.
    await waitFor(() => { expect(status()).toContain('No nudges planned'); });
    expect((await stored()).schedule.dueAt).toBeNull();
  });
});

describe('kinds', () => {
  it('turns a kind off and weights another', async () => {
    fireEvent.click(screen.getByLabelText('Move'));
    await saved();
    fireEvent.change(screen.getByLabelText('How often: Calm'), { target: { value: '2' } });
    await waitFor(async () => {
      const { kinds } = await storedSettings();
      expect(kinds.move.enabled).toBe(false);
      expect(kinds.calm.weight).toBe(2);
    });
    expect(screen.getByLabelText<HTMLSelectElement>('How often: Move').disabled).toBe(true);
  });

  it('keeps at least one kind on', async () => {
    const kinds = Object.keys(DEFAULT_SETTINGS.kinds);
    for (const kind of kinds.slice(0, -1)) {
      fireEvent.click(document.getElementById(`settings-kind-${kind}`) as HTMLElement);
      await saved();
    }
    fireEvent.click(document.getElementById(`settings-kind-${kinds.at(-1) ?? ''}`) as HTMLElement);
    await waitFor(() => { expect(screen.getByText(/Keep at least one kind switched on/)).toBeTruthy(); });
    const after = await storedSettings();
    expect(Object.values(after.kinds).filter((k) => k.enabled)).toHaveLength(1);
  });
});

describe('pause', () => {
  it('sends the pause command for each button and shows until when', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'For an hour' }));
    await waitFor(() => { expect(screen.getByRole('button', { name: 'Resume now' })).toBeTruthy(); });
    const until = (await storedSettings()).pause?.until;
    expect(typeof until).toBe('number');
    expect(status()).toContain(`Paused until ${formatMoment(until as number, Date.now())}.`);

    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'Until I resume' }));
    await waitFor(() => { expect(status()).toContain('Paused until you resume.'); });
    expect((await storedSettings()).pause).toEqual({ until: 'resume' });

    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'For the rest of today' }));
    const midnight = new Date();
    midnight.setHours(24, 0, 0, 0);
    await waitFor(async () => { expect((await storedSettings()).pause).toEqual({ until: midnight.getTime() }); });

    await settled();
    fireEvent.click(screen.getByRole('button', { name: 'Resume now' }));
    await waitFor(() => { expect(status()).toContain('Next nudge: around'); });
    expect((await storedSettings()).pause).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume now' })).toBeNull();

    const pauses = sent.filter((m) => m.command === 'pause').map((m) => m.payload);
    expect(pauses).toEqual([{ mode: 'hour' }, { mode: 'until-resumed' }, { mode: 'today' }, { mode: 'resume' }]);
  });

  it('a settings change made while paused keeps the pause', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Until I resume' }));
    await waitFor(() => { expect(status()).toContain('Paused until you resume.'); });
    await settled();
    fireEvent.click(screen.getByLabelText('Silent (no sound)'));
    await saved();
    const after = await storedSettings();
    expect(after.notifications.silent).toBe(true);
    expect(after.pause).toEqual({ until: 'resume' });
  });
});

describe('holds, notification style and the test nudge', () => {
  it('saves holds and the notification style', async () => {
    fireEvent.click(screen.getByLabelText('During full screen'));
    await saved();
    fireEvent.click(screen.getByLabelText('Stay on screen until I answer'));
    await waitFor(async () => {
      const s = await storedSettings();
      expect(s.holds).toEqual({ idle: true, fullscreen: false, audio: true });
      expect(s.notifications).toEqual({ silent: false, requireInteraction: true });
    });
  });

  it('sends a test nudge that reaches the notification tray', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Send a test nudge' }));
    await waitFor(() => { expect(screen.getByText(/^Sent\./)).toBeTruthy(); });
    const { current } = await stored();
    expect(Object.keys(await (await import('@webext-core/fake-browser')).fakeBrowser.notifications.getAll())).toEqual([
      `tend-nudge:${current?.id ?? ''}`,
    ]);
  });
});
