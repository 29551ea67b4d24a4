// @vitest-environment happy-dom
/**
 * An unanswered reach-out nudge in the log can be marked "we talked" afterwards (issue 11):
 * the button records the contact with the real worker, and the entry then says so.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { command, disposeStores, installTend, renderPopup, storedState } from './popup-setup.tsx';

const DAY = 86_400_000;

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
  vi.useRealTimers();
});

it('marks an unanswered nudge that named someone "we talked", and then says they were in touch', async () => {
  const start = Date.now();
  await command('addPerson', { name: 'Ana', rhythmDays: 7 });
  vi.useFakeTimers({ toFake: ['Date'], now: start + 9 * DAY });
  await command('start', { strategyId: 'connect-check-in' });
  const named = (await storedState()).current;
  expect(named?.personId).toBeDefined();
  // Another nudge takes its place on the card, unanswered; the log keeps it.
  await command('start', { strategyId: 'calm-slow-breathing' });
  vi.setSystemTime(start + 9 * DAY + 3_600_000);
  await renderPopup('log');
  fireEvent.click(await screen.findByRole('button', { name: /We talked: .*Ana/ }));
  await waitFor(async () => { expect((await storedState()).people.people[0]?.contacts).toEqual([{ at: start + 9 * DAY + 3_600_000 }]); });
  await waitFor(() => { expect(document.querySelector('.in-touch')?.textContent).toContain('in touch'); });
  expect(screen.queryByRole('button', { name: /We talked: .*Ana/ })).toBeNull();
});
