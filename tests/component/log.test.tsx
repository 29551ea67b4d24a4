// @vitest-environment happy-dom
/**
 * The Log view from a real history made through the worker's commands: what was suggested
 * and what came of it, simple counts, the week chart by kind with a spoken summary, and a
 * kind word for an empty week.
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayLabel } from '../../popup/views/week-chart.tsx';
import { command, disposeStores, installTend, renderPopup, startAndAnswer, titleOf } from './popup-setup.tsx';

beforeEach(async () => {
  // Midday today, so a few minutes of history never cross midnight.
  vi.useFakeTimers({ toFake: ['Date'] });
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  vi.setSystemTime(noon);
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
  vi.useRealTimers();
});

/** One nudge a minute, so the log's order is the order they were answered in. */
async function answer(strategyId: string, type: 'done' | 'later' | 'skip' | null): Promise<void> {
  await startAndAnswer(strategyId, type);
  vi.setSystemTime(Date.now() + 60_000);
}

describe('the log', () => {
  it('is kind about an empty week: no chart, no zeros', async () => {
    await renderPopup('log');
    expect(await screen.findByText('Nothing here yet. Your nudges and what came of them will show up here.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
    expect(screen.queryByText('skipped')).toBeNull();
  });

  it('lists each nudge of the week with what came of it, newest first', async () => {
    await answer('calm-slow-breathing', 'done');
    await answer('move-short-walk', 'later');
    await answer('reflect-name-the-feeling', 'skip');
    await answer('gratitude-thank-a-helper', null); // replaced by the next: no answer
    await answer('connect-check-in', null); // still on offer
    await renderPopup('log');
    await screen.findByRole('heading', { name: 'The last seven days' });
    const rows = screen.getByRole('heading', { name: 'Today' }).nextElementSibling?.querySelectorAll('li') ?? [];
    const read = [...rows].map((li) => [li.querySelector('.what')?.textContent, li.querySelector('.outcome')?.textContent]);
    expect(read).toEqual([
      [titleOf('connect-check-in'), 'waiting'],
      [titleOf('gratitude-thank-a-helper'), 'no answer'],
      [titleOf('reflect-name-the-feeling'), 'skipped'],
      [titleOf('move-short-walk'), 'another one instead'],
      [titleOf('calm-slow-breathing'), 'done'],
    ]);
  });

  it('counts the week and draws it by kind, with the numbers in words for screen readers', async () => {
    await answer('calm-slow-breathing', 'done');
    await answer('calm-belly-breathing', 'done');
    await answer('move-short-walk', 'later');
    await answer('reflect-name-the-feeling', 'skip');
    await renderPopup('log');
    await screen.findByRole('heading', { name: 'The last seven days' });
    const counts = Object.fromEntries(
      [...document.querySelectorAll('.counts div')].map((d): [string, string] => [d.querySelector('dt')?.textContent ?? '', d.querySelector('dd')?.textContent ?? '']),
    );
    expect(counts).toEqual({ suggested: '4', done: '2', later: '0', skipped: '1' });

    const chart = screen.getByRole('img');
    const label = chart.getAttribute('aria-label') ?? '';
    expect(label.startsWith('Nudges each day this week: ')).toBe(true);
    const today = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const todayKey = `${String(today.getFullYear())}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
    expect(label.endsWith(`${dayLabel(todayKey)} 4`)).toBe(true);
    expect(label.match(/ 0(,|$)/g)).toHaveLength(6);
    // One bar segment per kind shown today: calm, move, reflect.
    expect(chart.querySelectorAll('rect')).toHaveLength(3);
    const legend = within(screen.getByRole('list', { name: 'Nudges by kind this week' })).getAllByRole('listitem');
    expect(legend.map((li) => li.textContent)).toEqual(['Move 1', 'Reflect 1', 'Calm 2']);
  });

  it("names a strategy that was removed kindly, and shows the person's own titles", async () => {
    const { id } = (await command('addCustom', { kind: 'steps', title: 'Water the plants', message: 'Give them a drink.', steps: [], minutes: 2 })) as { id: string };
    await answer(id, 'done');
    await renderPopup('log');
    expect(await screen.findByText('Water the plants')).toBeTruthy();
    cleanup();
    disposeStores();
    await command('removeCustom', { id });
    await renderPopup('log');
    expect(await screen.findByText('A strategy you removed')).toBeTruthy();
  });
});
