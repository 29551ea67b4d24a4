// @vitest-environment happy-dom
/**
 * The Log view from a real history made through the worker's commands: how much was
 * offered and what was done, by name (never a tally of skips), what came of each nudge,
 * the week chart by kind with a spoken summary, and a kind word for an empty week.
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayLabel } from '../../popup/views/week-chart.tsx';
import { command, disposeStores, installTend, renderPopup, startAndAnswer, storedState, titleOf } from './popup-setup.tsx';

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
async function answer(strategyId: string, type: 'done' | 'snooze' | 'skip' | null): Promise<void> {
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
    await answer('move-short-walk', 'snooze');
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

  it('says what was offered and what was done, by name, and counts no skips', async () => {
    await answer('calm-slow-breathing', 'done');
    await answer('calm-belly-breathing', 'done');
    await answer('calm-slow-breathing', 'done');
    await answer('reflect-name-the-feeling', 'skip');
    await renderPopup('log');
    await screen.findByRole('heading', { name: 'The last seven days' });
    expect(screen.getByText('Ideas Tend offered this week: 4')).toBeTruthy();
    const done = within(screen.getByRole('list', { name: 'What you did' })).getAllByRole('listitem');
    expect(done.map((li) => li.textContent)).toEqual([`${titleOf('calm-slow-breathing')} · 2 times`, titleOf('calm-belly-breathing')]);
    // No tiles, and "skipped" only as the one line that says what came of that nudge.
    expect(document.querySelector('.counts')).toBeNull();
    expect(screen.getAllByText('skipped')).toHaveLength(1);
  });

  it('with nothing done: says so kindly, with what was offered', async () => {
    await answer('move-short-walk', 'skip');
    await answer('reflect-name-the-feeling', null);
    await renderPopup('log');
    expect(await screen.findByText('Ideas Tend offered this week: 2')).toBeTruthy();
    expect(screen.getByText("Nothing marked done this week, and that's fine: some weeks are like that.")).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'What you did' })).toBeNull();
  });

  it('"Another one" reads as another one instead, not as a skip', async () => {
    await answer('move-short-walk', null);
    const { current } = await storedState();
    await command('another', { nudgeId: current?.id ?? null });
    await renderPopup('log');
    await screen.findByRole('heading', { name: 'The last seven days' });
    const row = screen.getByText(titleOf('move-short-walk')).closest('li');
    expect(row?.querySelector('.outcome')?.textContent).toBe('another one instead');
    expect(screen.queryByText('skipped')).toBeNull();
  });

  it('draws the week by kind, with the numbers in words for screen readers', async () => {
    await answer('calm-slow-breathing', 'done');
    await answer('calm-belly-breathing', 'done');
    await answer('move-short-walk', 'snooze');
    await answer('reflect-name-the-feeling', 'skip');
    await renderPopup('log');
    await screen.findByRole('heading', { name: 'The last seven days' });
    expect(screen.getByRole('heading', { name: 'What was offered, by kind' })).toBeTruthy();
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
    // Named twice: under What you did and in the day's list.
    expect(await screen.findAllByText('Water the plants')).toHaveLength(2);
    cleanup();
    disposeStores();
    await command('removeCustom', { id });
    await renderPopup('log');
    expect(await screen.findAllByText('A strategy you removed')).toHaveLength(2);
  });
});
