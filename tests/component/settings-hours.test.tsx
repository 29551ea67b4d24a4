// @vitest-environment happy-dom
/**
 * Active hours say what a range means (issue 15): an overnight range ends the next day, an
 * overlapping one is named with the range it overlaps (saved all the same: the calendar
 * merges them), and an empty list in "same every day" mode means no day at all, not "this day".
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installTend, renderSettings, storedSettings } from './settings-setup.tsx';

let store: { dispose(): void } | undefined;

beforeEach(async () => {
  await installTend();
  store = await renderSettings();
});
afterEach(() => {
  cleanup();
  store?.dispose();
});

function messageFor(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}
const everyDay = () => screen.getByRole('group', { name: 'Every day' });

describe('active hours, in words', () => {
  it('an overnight range: "ends the next day", read with the range, and saved', async () => {
    const start = document.getElementById('settings-mon-0-start') as HTMLInputElement;
    const end = document.getElementById('settings-mon-0-end') as HTMLInputElement;
    fireEvent.change(start, { target: { value: '21:00' } });
    fireEvent.change(end, { target: { value: '09:00' } });
    await waitFor(async () => { expect((await storedSettings()).activeHours.tue).toEqual([{ start: '21:00', end: '09:00' }]); });
    expect(messageFor(end)).toBe('Overnight, ends the next day at 09:00.');
    expect(messageFor(start)).toBe('Overnight, ends the next day at 09:00.');
  });

  it('overlapping ranges are named, each with the other, and still saved', async () => {
    fireEvent.click(within(everyDay()).getByRole('button', { name: /^Add hours/ }));
    await waitFor(async () => { expect((await storedSettings()).activeHours.mon).toHaveLength(2); });
    const second = document.getElementById('settings-mon-1-start') as HTMLInputElement;
    fireEvent.change(second, { target: { value: '20:00' } });
    await waitFor(async () => { expect((await storedSettings()).activeHours.mon[1]?.start).toBe('20:00'); });
    const [first] = (await storedSettings()).activeHours.mon;
    const secondRange = (await storedSettings()).activeHours.mon[1];
    expect(messageFor(second)).toBe(`Overlaps ${first?.start ?? ''}–${first?.end ?? ''}; Tend treats the two as one stretch.`);
    const firstStart = document.getElementById('settings-mon-0-start') as HTMLInputElement;
    expect(messageFor(firstStart)).toBe(`Overlaps ${secondRange?.start ?? ''}–${secondRange?.end ?? ''}; Tend treats the two as one stretch.`);
  });

  it('same every day with no ranges: no nudges on any day, not "this day"', async () => {
    fireEvent.click(within(everyDay()).getByRole('button', { name: /^Remove/ }));
    await waitFor(async () => { expect((await storedSettings()).activeHours.mon).toEqual([]); });
    expect(within(everyDay()).getByText("No active hours: Tend won't nudge on any day.")).toBeTruthy();
    expect(screen.queryByText('No nudges on this day.')).toBeNull();
  });
});
