// @vitest-environment happy-dom
/**
 * A refusal crosses the protocol as a code and a field path, and the settings page words it
 * next to the field the path names (STYLE.md §14): the worker sends no prose. A worker of
 * another build that bounds a field more tightly than this page is the one way a refusal
 * gets past the page's own checks, so these tests stand such a worker in front of the real one.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeError, CommandError, type CommandMessage, type Reply } from '../../src/protocol.ts';
import { formatClock } from '../../popup/views/settings/words.ts';
import { installTend, renderSettings, START_SETTINGS, storedSettings } from './settings-setup.tsx';

let store: { dispose(): void } | undefined;

beforeEach(async () => {
  await installTend();
  store = await renderSettings();
});
afterEach(() => {
  cleanup();
  store?.dispose();
});

/** saveSettings answered with `reply` (undefined: no answer at all); other commands reach the worker. */
function refuseSaves(reply: Reply | undefined): void {
  const real = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime) as (m: CommandMessage) => Promise<unknown>;
  Object.assign(fakeBrowser.runtime, {
    sendMessage: (message: CommandMessage) => (message.command === 'saveSettings' ? Promise.resolve(reply) : real(message)),
  });
}

function messageFor(control: HTMLElement): string {
  const ids = (control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
}

describe('a settings refusal from the worker', () => {
  it('is worded next to the field its path names, from its code alone', async () => {
    refuseSaves({ ok: false, error: serializeError(new CommandError({ code: 'outOfRange', path: 'dailyCap', message: 'not for the page' })) });
    const cap = screen.getByLabelText('Daily limit');
    fireEvent.change(cap, { target: { value: '6' } });
    await waitFor(() => { expect(messageFor(cap)).toBe('Please enter a whole number from 1 to 24.'); });
    expect(cap.getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).not.toContain('not for the page');
    expect(screen.getByRole('status').textContent).toContain('Not saved yet');
    expect(await storedSettings()).toEqual(START_SETTINGS);
  });

  it('names a range by its path, down to the edge of the range', async () => {
    refuseSaves({ ok: false, error: { code: 'badTime', path: 'activeHours.mon[0].end', name: 'CommandError', message: '' } });
    fireEvent.change(screen.getByLabelText('Daily limit'), { target: { value: '6' } });
    const end = screen.getByLabelText('to');
    // The example is written as the time input shows a time in the UI language (issue 14).
    await waitFor(() => { expect(messageFor(end)).toBe(`Please enter a time, like ${formatClock('09:00', 'input')}.`); });
  });

  it('a failure that names no field is worded for the whole form', async () => {
    refuseSaves(undefined);
    fireEvent.change(screen.getByLabelText('Daily limit'), { target: { value: '6' } });
    await waitFor(() => { expect(document.getElementById('settings-error')?.textContent).toBe('The part of Tend that runs in the background did not answer. Please try again.'); });
  });
});
