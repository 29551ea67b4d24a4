// @vitest-environment happy-dom
/**
 * The popup's Settings are the quick ones (issue 15): pause, how often, and kinds switched
 * on and off — saved at once through the real worker — and "More settings", which opens the
 * options page for every other setting. How much of each kind is set there only.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KINDS } from '../../src/strategies/types.ts';
import { disposeStores, installTend, renderPopup, storedState } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
  await renderPopup('settings');
  await screen.findByRole('heading', { name: 'Settings', level: 1 });
});
afterEach(() => {
  cleanup();
  disposeStores();
  vi.restoreAllMocks();
});

const panel = () => screen.getByRole('tabpanel');

describe('quick settings in the popup', () => {
  it('hold pause, how often and the kinds, and nothing else', () => {
    const view = panel();
    expect(within(view).getByRole('group', { name: 'Pause' })).toBeTruthy();
    expect(within(view).getByLabelText('Average time between nudges')).toBeTruthy();
    const kinds = within(view).getByRole('group', { name: 'Kinds of nudges' });
    expect(within(kinds).getAllByRole('checkbox')).toHaveLength(KINDS.length);
    // One place for weights: the options page.
    expect(within(kinds).queryByRole('combobox')).toBeNull();
    expect(kinds.textContent).toContain('How much of each is in More settings.');
    for (const elsewhere of ['Active hours', 'Wait for a good moment', 'Notifications']) {
      expect(within(view).queryByRole('group', { name: elsewhere })).toBeNull();
    }
    expect(within(view).queryByLabelText('Daily limit')).toBeNull();
  });

  it('saves how often and a kind switched off, at once', async () => {
    fireEvent.change(screen.getByLabelText('Average time between nudges'), { target: { value: '180' } });
    await waitFor(async () => {
      expect((await storedState()).settings.intervalMinutes).toBe(180);
    });
    fireEvent.click(screen.getByLabelText('Calm'));
    await waitFor(async () => {
      expect((await storedState()).settings.kinds.calm.enabled).toBe(false);
    });
    expect((await storedState()).settings.kinds.move).toEqual({ enabled: true, weight: 1 });
    await screen.findByText('Saved.');
  });

  it('pauses for an hour from here', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'For an hour' }));
    await waitFor(async () => {
      expect((await storedState()).settings.pause).not.toBeNull();
    });
  });

  it('"More settings" opens the options page, saying what it holds', () => {
    const open = vi.fn(() => Promise.resolve());
    Object.assign(fakeBrowser.runtime, { openOptionsPage: open });
    const more = screen.getByRole('button', { name: 'More settings' });
    expect(document.getElementById(more.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Active hours');
    fireEvent.click(more);
    expect(open).toHaveBeenCalledOnce();
  });
});
