/**
 * Times read the same wherever they are shown, in the UI language (issue 14): the hint
 * beside the time inputs writes its example the way the input shows a time ("09:00 PM" in
 * American English, "21:00" in German) — before, the input showed 9:00 PM and the hint
 * said "like 22:00" — and weekday names and hours follow browser.i18n, not the runtime's
 * default locale.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';

async function wordsIn(language: string) {
  vi.resetModules();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
  return import('../../popup/views/settings/words.ts');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

describe('formatClock in the UI language', () => {
  it('writes times as an American time input shows them, in American English', async () => {
    const { formatClock } = await wordsIn('en-US');
    expect(formatClock('22:00', 'input')).toMatch(/^10:00\s?PM$/);
    expect(formatClock('09:00', 'input')).toMatch(/^09:00\s?AM$/);
    expect(formatClock('09:00')).toMatch(/^9:00\s?AM$/);
  });

  it.each(['de', 'es', 'fr', 'en-GB'])('writes 24-hour times in %s, input and text alike', async (language) => {
    const { formatClock } = await wordsIn(language);
    expect(formatClock('22:00', 'input')).toBe('22:00');
    expect(formatClock('01:00', 'input')).toBe('01:00');
  });

  it('names weekdays in the UI language, not the runtime default', async () => {
    const { weekdayName } = await wordsIn('de');
    expect(weekdayName('mon')).toBe('Montag');
    expect(weekdayName('sun')).toBe('Sonntag');
  });

  it('puts the same time into the active-hours hint as the input shows', async () => {
    const { formatClock } = await wordsIn('en-US');
    const { t } = await import('../../ui/i18n.ts');
    const hint = t('settings_hoursHint', [formatClock('22:00', 'input'), formatClock('01:00', 'input')]);
    expect(hint).toMatch(/like 10:00\sPM to 01:00\sAM\.$/);
    expect(hint).not.toContain('22:00');
  });
});

describe('the badge’s paused-until time', () => {
  it('is written in the UI language, not the runtime default', async () => {
    vi.resetModules();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
    const titles: string[] = [];
    vi.spyOn(fakeBrowser.action, 'setTitle').mockImplementation(({ title }) => {
      titles.push(title ?? '');
      return Promise.resolve();
    });
    const { paintBadge } = await import('../../background/badge.ts');
    const { DEFAULT_SETTINGS } = await import('../../src/settings/defaults.ts');
    const now = Date.UTC(2026, 11, 1, 9, 0);
    const until = now + 3 * 3_600_000;
    await paintBadge({ current: null, settings: { ...DEFAULT_SETTINGS, pause: { until } } }, now);
    const german = new Intl.DateTimeFormat('de', { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(until);
    expect(titles.at(-1)).toContain(german);
  });
});
