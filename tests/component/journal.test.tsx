// @vitest-environment happy-dom
/**
 * The Journal view and the after-Done question, with the real store and the real worker
 * behind them (issue 12): pick words and a line, see the entry in the week, edit and delete
 * it, an over-long line said next to the field with nothing saved, "Something for right
 * now?", "How do you feel now?" and "What seems to help you".
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../content/en/feelings.json';
import { ENTRY_TEXT_MAX } from '../../src/journal/limits.ts';
import { strategyById } from '../../src/strategies/index.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { ALL_DAY, flush } from '../support/fake-worker.ts';
import { command, disposeStores, installTend, renderPopup, startAndAnswer, storedState } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
});

const word = (name: string) => screen.getByRole('button', { name });
const stored = async () => (await fakeBrowser.storage.local.get(['journal', 'felt'])) as { journal?: { entries: { words: string[]; text?: string }[] }; felt?: unknown[] };

async function openJournal(): Promise<void> {
  await renderPopup('journal');
  await screen.findByRole('button', { name: 'calm' });
}

describe('the check-in', () => {
  it('"Write it down" on a reflect nudge opens the journal under its prompt; two words and a line show in the week, markup as text', async () => {
    await command('start', { strategyId: 'reflect-journal' });
    const { current } = await storedState();
    const strategy = strategyById('reflect-journal');
    if (!current || !strategy) throw new Error('nothing on offer');
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Write it down' }));
    await screen.findByRole('button', { name: 'calm' });
    const panel = screen.getByRole('tabpanel');
    expect(panel.id).toBe('panel-journal');
    expect(within(panel).getByText(renderNudge(strategy, current.line).message).getAttribute('dir')).toBe('auto');

    fireEvent.click(word('hopeful'));
    fireEvent.click(word('tired'));
    expect(word('hopeful').getAttribute('aria-pressed')).toBe('true');
    const line = screen.getByLabelText('A line about it (optional)');
    fireEvent.input(line, { target: { value: '<img src=x onerror=alert(1)> long day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Putting it into words is already something.');
    await flush();

    const week = await screen.findByRole('region', { name: 'This week' });
    const text = await within(week).findByText('<img src=x onerror=alert(1)> long day');
    expect(text.getAttribute('dir')).toBe('auto');
    expect(week.querySelector('img')).toBeNull();
    expect(within(week).getByText('hopeful')).toBeTruthy();
    expect((await stored()).journal?.entries).toMatchObject([{ words: ['hopeful', 'tired'], text: '<img src=x onerror=alert(1)> long day' }]);
    // The form is ready for the next one.
    expect(word('hopeful').getAttribute('aria-pressed')).toBe('false');
  });

  it('each word carries its definition, shown on focus as well as on hover', async () => {
    await openJournal();
    const calm = word('calm');
    const description = document.getElementById(calm.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe(en.calm.definition);
    expect(calm.getAttribute('title')).toBe(en.calm.definition);
    fireEvent.focus(calm);
    expect(document.querySelector('.definition')?.textContent).toBe(`calm: ${en.calm.definition}`);
  });

  it('an over-long line is said next to the field, and nothing is saved', async () => {
    await openJournal();
    fireEvent.click(word('calm'));
    const line = screen.getByLabelText('A line about it (optional)');
    fireEvent.input(line, { target: { value: 'x'.repeat(ENTRY_TEXT_MAX + 12) } });
    expect(line.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await flush();
    const error = document.getElementById('journal-text-error');
    expect(error?.textContent).toMatch(/12 characters longer than the 500 that fit/);
    expect(line.getAttribute('aria-describedby')).toContain('journal-text-error');
    expect((await stored()).journal).toBeUndefined();
    // No word: said beside the words.
    fireEvent.input(line, { target: { value: 'fine' } });
    fireEvent.click(word('calm'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await flush();
    expect(document.getElementById('journal-words-error')?.textContent).toBe('Pick at least one word first.');
    expect((await stored()).journal).toBeUndefined();
  });

  it('edits and deletes an entry', async () => {
    await command('addEntry', { words: ['calm'], text: 'first' });
    await openJournal();
    const week = await screen.findByRole('region', { name: 'This week' });
    fireEvent.click(await within(week).findByRole('button', { name: 'Edit the entry: calm' }));
    expect(screen.getByRole('heading', { name: 'Change this entry' })).toBeTruthy();
    expect(word('calm').getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(word('content'));
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved.');
    await flush();
    expect((await stored()).journal?.entries).toMatchObject([{ words: ['calm', 'content'], text: 'first' }]);
    fireEvent.click(await within(week).findByRole('button', { name: 'Delete the entry: calm, content' }));
    await screen.findByText('Entry deleted.');
    await flush();
    expect((await stored()).journal?.entries).toEqual([]);
    expect(await within(week).findByText(/Nothing written this week, and that's fine/)).toBeTruthy();
  });

  it('after unpleasant words, "Something for right now?" starts a fitting strategy, on request only', async () => {
    await openJournal();
    fireEvent.click(word('anxious'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const rightNow = await screen.findByRole('button', { name: 'Something for right now?' });
    expect((await storedState()).current ?? null).toBeNull();
    fireEvent.click(rightNow);
    await waitFor(async () => { expect((await storedState()).current?.kind).toBe('calm'); });
    await waitFor(() => { expect(screen.getByRole('tabpanel').id).toBe('panel-now'); });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('pleasant words bring no such button', async () => {
    await openJournal();
    fireEvent.click(word('grateful'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved. Putting it into words is already something.');
    expect(screen.queryByRole('button', { name: 'Something for right now?' })).toBeNull();
  });
});

describe('after Done', () => {
  it('asks "How do you feel now?", records the answer for the kind done, and can be dismissed', async () => {
    await command('start', { strategyId: 'calm-slow-breathing' });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    const question = await screen.findByRole('region', { name: 'How do you feel now?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Lighter' }));
    await screen.findByText('Thanks. Noted for you alone.');
    expect((await stored()).felt).toMatchObject([{ kind: 'calm', felt: 'lighter' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    await waitFor(() => { expect(screen.queryByText('Thanks. Noted for you alone.')).toBeNull(); });
  });

  it('is never required: dismissed, nothing is recorded', async () => {
    await command('start', { strategyId: 'move-stretch' });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(() => { expect(screen.queryByRole('region', { name: 'How do you feel now?' })).toBeNull(); });
    expect((await stored()).felt).toBeUndefined();
  });

  it('switched off in settings, it is never asked', async () => {
    await command('saveSettings', { settings: { ...ALL_DAY, askFelt: false } });
    await command('start', { strategyId: 'move-stretch' });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    await flush();
    expect(screen.queryByRole('region', { name: 'How do you feel now?' })).toBeNull();
  });
});

describe('what seems to help you', () => {
  it('appears once a kind has five answers, ordered by how often it left the person lighter, as a personal pattern', async () => {
    for (let i = 0; i < 5; i++) {
      await startAndAnswer('calm-slow-breathing', 'done');
      const calm = (await storedState()).log.filter((e) => e.type === 'done').at(-1);
      await command('felt', { nudgeId: calm?.nudgeId, felt: i < 4 ? 'lighter' : 'same' });
      await startAndAnswer('move-stretch', 'done');
      const move = (await storedState()).log.filter((e) => e.type === 'done').at(-1);
      await command('felt', { nudgeId: move?.nudgeId, felt: i < 1 ? 'lighter' : 'heavier' });
    }
    await startAndAnswer('body-sleep', 'done');
    const body = (await storedState()).log.filter((e) => e.type === 'done').at(-1);
    await command('felt', { nudgeId: body?.nudgeId, felt: 'lighter' });
    await openJournal();
    const helps = await screen.findByRole('region', { name: 'What seems to help you' });
    expect(within(helps).getByText(/personal pattern, not a measurement/)).toBeTruthy();
    const rows = within(helps).getAllByRole('listitem').map((li) => li.textContent);
    // Body has one answer: nothing is said about it yet.
    expect(rows).toEqual(['CalmLighter 4 of 5 times', 'MoveLighter 1 of 5 times']);
  });
});
