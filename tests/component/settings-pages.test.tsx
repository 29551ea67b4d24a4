// @vitest-environment happy-dom
/**
 * The pages around the settings: the blocked-notifications warning, the options page (the
 * same settings, full-tab, from the same store) and the first-run welcome page.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../options/options.tsx';
import { createStore } from '../../ui/store.ts';
import { HealthWarning } from '../../ui/health-warning.tsx';
import { describeRhythm, formatDuration } from '../../popup/views/settings/words.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { CRISIS_POINTER, DISCLAIMER } from '../support/disclaimer.ts';
import { WEEKDAYS } from '../../src/time/local-date.ts';
import type { Settings } from '../../src/settings/types.ts';
import { WelcomePage } from '../../welcome/welcome.tsx';
import { installTend } from './settings-setup.tsx';

const stores: { dispose(): void }[] = [];
async function store() {
  const s = await createStore();
  stores.push(s);
  return s;
}

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  for (const s of stores.splice(0)) s.dispose();
});

describe('the notification health warning', () => {
  it('says notifications are blocked and how to let them through', () => {
    render(<HealthWarning health={{ notifications: 'denied', checkedAt: 1 }} />);
    const warning = screen.getByRole('region', { name: 'Notifications are blocked for Tend' });
    expect(warning.textContent).toContain('Your nudges still wait here');
    expect(warning.textContent).toContain('allow notifications for your browser');
  });

  it('shows nothing while notifications work or nothing is known yet', () => {
    const { container } = render(
      <>
        <HealthWarning health={{ notifications: 'granted', checkedAt: 1 }} />
        <HealthWarning health={{ notifications: 'unknown', checkedAt: null }} />
      </>,
    );
    expect(container.textContent).toBe('');
  });

  it('appears on the options page when the worker records a denial, and goes when it is lifted', async () => {
    await fakeBrowser.storage.local.set({ health: { notifications: 'denied', checkedAt: Date.now() } });
    render(<OptionsPage store={await store()} />);
    expect(screen.getByRole('heading', { name: 'Notifications are blocked for Tend' })).toBeTruthy();
    await fakeBrowser.storage.local.set({ health: { notifications: 'granted', checkedAt: Date.now() } });
    await waitFor(() => { expect(screen.queryByRole('heading', { name: 'Notifications are blocked for Tend' })).toBeNull(); });
  });
});

describe('the options page', () => {
  it('shows every settings group under its heading', async () => {
    render(<OptionsPage store={await store()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    for (const group of ['Pause', 'Rhythm', 'Active hours', 'Kinds of nudges', 'Wait for a good moment', 'Notifications']) {
      expect(screen.getByRole('group', { name: group })).toBeTruthy();
    }
    expect(screen.getByRole('status').textContent).toMatch(/^Next nudge: around /);
  });
});

describe('the welcome page', () => {
  it('tells the default rhythm in words, offers one click to adjust it, and carries the disclaimer', async () => {
    render(<WelcomePage store={await store()} now={Date.now()} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Tend' })).toBeTruthy();
    expect(screen.getByText('About every 2 hours, between 9:00 AM and 9:00 PM, up to 4 a day.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Adjust the rhythm' }).getAttribute('href')).toBe('../options/options.html');
    const care = screen.getByRole('region', { name: 'A gentle note' });
    expect(care.textContent).toContain(DISCLAIMER);
    expect(care.textContent).toContain(CRISIS_POINTER);
    expect(screen.getByText(/everything stays in this browser on this device/)).toBeTruthy();
    expect(screen.getByText(/^Your first nudge comes around /)).toBeTruthy();
  });
});

describe('settings in words', () => {
  it('names durations and rhythms plainly', () => {
    expect([45, 60, 90, 120, 100].map(formatDuration)).toEqual(['45 minutes', '1 hour', '1.5 hours', '2 hours', '100 minutes']);
    const split = { ...DEFAULT_SETTINGS.activeHours, mon: [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '18:00' }] };
    const everyDay = Object.fromEntries(WEEKDAYS.map((d) => [d, split.mon])) as unknown as Settings['activeHours'];
    expect(describeRhythm({ ...DEFAULT_SETTINGS, activeHours: everyDay })).toBe(
      'About every 2 hours, between 8:00 AM and 12:00 PM and between 2:00 PM and 6:00 PM, up to 4 a day.',
    );
    expect(describeRhythm({ ...DEFAULT_SETTINGS, activeHours: split })).toBe(
      'About every 2 hours, in the hours you chose for each day, up to 4 a day.',
    );
  });
});
