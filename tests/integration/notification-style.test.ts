/**
 * The notification's options per browser. Chrome takes Done/Later buttons and the
 * person's style (silent, stay on screen); Firefox supports only type, title, message and
 * iconUrl and throws on buttons (MDN notifications.NotificationOptions; docs/platform-notes.md),
 * so its build asks for none of the rest. The target is a build-time constant: each case
 * loads notify.ts with the capabilities of one build.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/settings/types.ts';
import type { CurrentNudge } from '../../src/state/types.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { ALL_DAY } from '../support/fake-worker.ts';

function firstStrategy(): Strategy {
  const first = STRATEGIES[0];
  if (!first) throw new Error('no strategies');
  return first;
}
const strategy = firstStrategy();

const current: CurrentNudge = {
  id: 'abc12',
  strategyId: strategy.id,
  kind: strategy.kind,
  line: 0,
  shownAt: 0,
  catchUp: false,
  asked: false,
  notified: false,
  snoozedUntil: null,
};

const STYLED: Settings = { ...ALL_DAY, notifications: { silent: true, requireInteraction: true } };

async function optionsFor(target: 'chrome' | 'firefox', settings: Settings): Promise<Record<string, unknown>> {
  vi.resetModules();
  const chrome = target === 'chrome';
  vi.doMock('../../platform/target.ts', () => ({
    TARGET: target,
    NOTIFICATION_BUTTONS: chrome,
    NOTIFICATION_STAY_ON_SCREEN: chrome,
    NOTIFICATION_SILENT: chrome,
  }));
  const { notificationOptions } = await import('../../background/notify.ts');
  return notificationOptions(strategy.nudges, current, settings) as unknown as Record<string, unknown>;
}

afterEach(() => {
  vi.doUnmock('../../platform/target.ts');
});

describe('notification options', () => {
  it('Chrome: Done and Later buttons, silent and stay-on-screen when chosen', async () => {
    const options = await optionsFor('chrome', STYLED);
    expect(options['buttons']).toEqual([{ title: 'Done' }, { title: 'Later' }]);
    expect(options).toMatchObject({ type: 'basic', silent: true, requireInteraction: true });
  });

  it('Firefox: only what it supports, whatever the settings say', async () => {
    const options = await optionsFor('firefox', STYLED);
    expect(Object.keys(options).sort()).toEqual(['iconUrl', 'message', 'title', 'type']);
  });

  it('the build capabilities match the browsers: buttons and style on Chrome only', async () => {
    vi.resetModules();
    const target = await import('../../platform/target.ts');
    // This project is built as Chrome (vitest.config.ts defines __TARGET__).
    expect(target).toMatchObject({ TARGET: 'chrome', NOTIFICATION_BUTTONS: true, NOTIFICATION_SILENT: true, NOTIFICATION_STAY_ON_SCREEN: true });
  });
});
