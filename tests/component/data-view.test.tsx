// @vitest-environment happy-dom
/**
 * "Your data" on the options page, with the real worker behind it: a chosen file is
 * previewed, then imported by Replace or Merge; a bad file says why and changes nothing;
 * erase asks twice, then says it is done. Results reach one live region.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataView } from '../../options/data-view.tsx';
import { useCommand } from '../../ui/use-command.ts';
import { exportOf, exportText } from '../../src/data/export.ts';
import type { TendData } from '../../src/data/format.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { installTend } from './settings-setup.tsx';

const NOW = Date.now();
const DATA: TendData = {
  settings: { ...DEFAULT_SETTINGS, dailyCap: 3 },
  custom: [],
  people: [{ id: 'alice', name: 'Alice', rhythmDays: 14, contacts: [], addedAt: NOW - 1000, updatedAt: NOW - 1000 }],
  journal: [{ id: 'e1', at: NOW - 1000, words: ['calm'], updatedAt: NOW - 1000 }],
  felt: [],
  log: [],
};

function Page() {
  return <DataView command={useCommand()} />;
}

function choose(text: string): void {
  const input = screen.getByLabelText('Choose a Tend file');
  Object.defineProperty(input, 'files', { value: [new File([text], 'tend.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

/** The section's live region (aria-live, so the settings' status stays the page's one role=status). */
const status = (): HTMLElement => {
  const region = document.querySelector<HTMLElement>('.data-result');
  if (!region || region.getAttribute('aria-live') !== 'polite') throw new Error('no live region');
  return region;
};
const snapshot = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
});

describe('Your data', () => {
  it('previews a file, then Replace imports it and says what came', async () => {
    render(<Page />);
    choose(exportText(exportOf(DATA, NOW, '0.1.0')));
    await screen.findByRole('button', { name: 'Replace what is here' });
    expect(screen.getByText('This file holds 1 person, 1 journal entry, and your settings.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Replace what is here' }));
    await waitFor(() => { expect(status().textContent).toBe('Imported 1 person, 1 journal entry, and your settings.'); });
    const all: Record<string, unknown> = await fakeBrowser.storage.local.get(['people', 'settings']);
    expect(all['people']).toEqual({ version: 1, people: DATA.people });
    expect((all['settings'] as { dailyCap: number }).dailyCap).toBe(3);
  });

  it('a bad file says why, names the field, and changes nothing', async () => {
    render(<Page />);
    const before = await snapshot();
    const bad = exportOf({ ...DATA, people: [{ ...DATA.people[0], name: '  ' } as TendData['people'][number]] }, NOW, '0.1.0');
    choose(JSON.stringify(bad));
    await waitFor(() => { expect(status().textContent).toBe('This file cannot be imported, and nothing was changed: people[0].name is empty.'); });
    expect(screen.queryByRole('button', { name: 'Replace what is here' })).toBeNull();
    choose('not json');
    await waitFor(() => { expect(status().textContent).toContain('it is not a JSON file.'); });
    expect(await snapshot()).toBe(before);
  });

  it('erase asks first (focus on Cancel), then erases and says so', async () => {
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    await waitFor(() => { expect(document.activeElement?.textContent).toBe('Cancel'); });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, erase everything' }));
    await waitFor(() => { expect(status().textContent).toBe('Everything is erased. Tend is as freshly installed, with its default settings.'); });
    expect((await fakeBrowser.storage.local.get('settings'))['settings']).toEqual(DEFAULT_SETTINGS);
  });

  it("erase also forgets what the pages kept for themselves (the popup's copy of the library, Now's open disclosure)", async () => {
    localStorage.setItem('tend:words:build:en:calm-slow-breathing', '{}');
    localStorage.setItem('tend:now-details-open', '1');
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Erase everything…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, erase everything' }));
    await waitFor(() => { expect(status().textContent).toBe('Everything is erased. Tend is as freshly installed, with its default settings.'); });
    expect(localStorage.length).toBe(0);
  });
});
