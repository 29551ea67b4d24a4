// @vitest-environment happy-dom
/**
 * The "when does the next nudge come" line, on Now and in Settings, with the real store and
 * worker: every kind switched off is said as such (not as missing active hours), and a
 * pause reads naturally however far it runs (issue 9, item 8). The clock is fixed, so the
 * dates are known; the browser's UI language here is English.
 */
import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/settings/types.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { ALL_DAY } from '../support/fake-worker.ts';
import { command, disposeStores, installTend, renderPopup } from './popup-setup.tsx';
import { renderSettings } from './settings-setup.tsx';

/** Wednesday 4 March 2026, noon, in the machine's own zone (the worker's and the popup's). */
const NOW = new Date(2026, 2, 4, 12, 0).getTime();

let settings: { dispose(): void } | undefined;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
  settings?.dispose();
  settings = undefined;
  vi.useRealTimers();
});

const allKindsOff: Settings = {
  ...ALL_DAY,
  kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: false, weight: 1 }])) as Settings['kinds'],
};

/** The Now view's line under "Nothing waiting right now" (a pause's words, before its Resume). */
const nowLine = () => (document.querySelector('.card.empty .paused-words') ?? document.querySelector('.card.empty p'))?.textContent;
/** Settings: the sticky line at the top, and the pause group's own line. */
const settingsLines = () => [document.querySelector('.settings-status .next')?.textContent, document.querySelector('.pause-state')?.textContent];

async function pausedUntil(until: number): Promise<void> {
  await command('saveSettings', { settings: { ...ALL_DAY, pause: { until } } });
}

describe('every kind switched off', () => {
  const words = 'All kinds of nudge are switched off — turn one on in Settings to get nudges again.';

  it('Now says so, not that there are no active hours', async () => {
    await command('saveSettings', { settings: allKindsOff });
    await renderPopup();
    expect(nowLine()).toBe(words);
  });

  it('Settings says so in its next-nudge line', async () => {
    await command('saveSettings', { settings: allKindsOff });
    settings = await renderSettings();
    expect(settingsLines()[0]).toBe('All kinds of nudge are switched off — turn one on under “Kinds of nudges” to get nudges again.');
  });

  it('a pause still says it is a pause', async () => {
    await command('saveSettings', { settings: { ...allKindsOff, pause: { until: 'resume' } } });
    await renderPopup();
    expect(nowLine()).toBe('Paused until you resume');
  });
});

describe('until when a pause runs', () => {
  it('ten days ahead: the date, not only a weekday', async () => {
    await pausedUntil(new Date(2026, 2, 14, 9, 30).getTime());
    await renderPopup();
    expect(nowLine()).toMatch(/^Paused until Sat, Mar 14, 9:30\sAM$/);
    cleanup();
    settings = await renderSettings();
    for (const line of settingsLines()) expect(line).toMatch(/^Paused until Sat, Mar 14, 9:30\sAM\.$/);
  });

  it('into next year: the year too', async () => {
    await pausedUntil(new Date(2027, 0, 7, 9, 30).getTime());
    await renderPopup();
    expect(nowLine()).toMatch(/^Paused until Thu, Jan 7, 2027, 9:30\sAM$/);
  });

  it('later this week: the weekday and the time', async () => {
    await pausedUntil(new Date(2026, 2, 6, 18, 0).getTime());
    await renderPopup();
    expect(nowLine()).toMatch(/^Paused until Fri 6:00\sPM$/);
  });

  it('for the rest of today: said so, not as "until Thu 12:00 AM"', async () => {
    await command('pause', { mode: 'today' });
    await renderPopup();
    expect(nowLine()).toBe('Paused for the rest of today');
    cleanup();
    settings = await renderSettings();
    expect(settingsLines()).toEqual(['Paused for the rest of today.', 'Paused for the rest of today.']);
  });

  it('until resumed: no moment to show', async () => {
    await command('pause', { mode: 'until-resumed' });
    settings = await renderSettings();
    expect(settingsLines()).toEqual(['Paused until you resume.', 'Paused until you resume.']);
  });
});
