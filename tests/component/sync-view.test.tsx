// @vitest-environment happy-dom
/**
 * The sync switches on the options page (issue 13), with the real worker behind them: off
 * by default; on, the settings reach storage.sync and the page says when; people go only
 * with their own switch; a hostile value in sync is said plainly and changes nothing here.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SyncView } from '../../options/sync-view.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { layout } from '../../src/sync/items.ts';
import '../support/fake-sync.ts';
import { installTend } from './settings-setup.tsx';

function Page() {
  return <SyncView command={useCommand()} />;
}

const status = (): string => document.querySelector('.sync-status')?.textContent ?? '';
const syncKeys = async (): Promise<string[]> => Object.keys(await fakeBrowser.storage.sync.get(null)).sort();

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
});

describe('settings that follow you', () => {
  it('is off by default, says so, and says who carries the data', async () => {
    render(<Page />);
    await waitFor(() => { expect(status()).toBe('Sync is off: everything stays in this browser.'); });
    const main = screen.getByRole<HTMLInputElement>('switch', { name: 'Keep my settings in sync through this browser’s account' });
    expect(main.checked).toBe(false);
    expect(screen.getByText(/Tend itself sends nothing anywhere/)).toBeTruthy();
    expect(await syncKeys()).toEqual([]);
  });

  it('on: the settings go to sync and the page says when; people only with the second switch', async () => {
    await fakeBrowser.runtime.sendMessage({ command: 'addPerson', payload: { name: 'Alice', rhythmDays: 14 } });
    render(<Page />);
    const main = await screen.findByRole('switch', { name: 'Keep my settings in sync through this browser’s account' });
    fireEvent.click(main);
    await waitFor(() => { expect(status()).toMatch(/^Sync is on\. Last synced .+\.$/); });
    expect((main as HTMLInputElement).checked).toBe(true);
    expect(await syncKeys()).toEqual(['tend.custom.0', 'tend.index', 'tend.settings.0']);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain('Alice');

    const people = screen.getByRole('switch', { name: 'Also sync the people list' });
    // Once the first command has answered (a second click meanwhile is ignored, use-command.ts).
    await waitFor(() => { expect(people.getAttribute('aria-disabled')).toBe('false'); });
    fireEvent.click(people);
    await waitFor(async () => { expect(await syncKeys()).toContain('tend.people.0'); });
    expect((people as HTMLInputElement).checked).toBe(true);

    await waitFor(() => { expect(main.getAttribute('aria-disabled')).toBe('false'); });
    fireEvent.click(main);
    await waitFor(() => { expect(status()).toBe('Sync is off: everything stays in this browser.'); });
  });

  it('a hostile value in sync is said plainly, and nothing here changes', async () => {
    render(<Page />);
    fireEvent.click(await screen.findByRole('switch', { name: 'Keep my settings in sync through this browser’s account' }));
    await waitFor(() => { expect(status()).toMatch(/^Sync is on/); });
    const settings = JSON.stringify((await fakeBrowser.storage.local.get('settings'))['settings']);
    await fakeBrowser.storage.sync.set(layout({ settings: `{"value":${JSON.stringify({ ...DEFAULT_SETTINGS, dailyCap: 'lots' })},"edited":{}}`, custom: '[]' }));
    await waitFor(() => {
      expect(status()).toBe('What sync holds could not be read, and nothing here was changed: settings.dailyCap has the wrong kind of value. Your settings in this browser are as they were.');
    });
    expect(JSON.stringify((await fakeBrowser.storage.local.get('settings'))['settings'])).toBe(settings);
  });
});
