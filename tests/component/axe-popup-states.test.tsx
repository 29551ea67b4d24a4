// @vitest-environment happy-dom
/**
 * axe over the popup states issue 15 added, with the real store and worker: the question
 * before a saved nudge under a pause, the pause line over a nudge, the Log's summary, and the
 * own-strategy form with every field refused. Contrast needs real layout and colours, so it
 * is left to the end-to-end a11y test (tests/e2e/a11y.test.ts); here, names, roles and wiring.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { command, disposeStores, installTend, renderPopup, storedState } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
});

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

async function startLater(strategyId: string): Promise<void> {
  await command('start', { strategyId });
  const { current } = await storedState();
  await command('snooze', { nudgeId: current?.id ?? '' });
}

describe('axe finds nothing', () => {
  it('on Now asking about a saved nudge, while paused', async () => {
    await startLater('move-short-walk');
    await command('pause', { mode: 'hour' });
    await renderPopup();
    await screen.findByText('You have one saved for later — show that one now?');
    expect(await violations()).toEqual([]);
  });

  it('on a nudge with the pause line above it', async () => {
    await command('start', { strategyId: 'calm-guided-imagery' });
    await command('pause', { mode: 'until-resumed' });
    await renderPopup();
    await waitFor(() => { expect(document.querySelector('.paused-line')).toBeTruthy(); });
    expect(await violations()).toEqual([]);
  });

  it('on the Log with what was offered and done', async () => {
    await command('start', { strategyId: 'move-short-walk' });
    const { current } = await storedState();
    await command('done', { nudgeId: current?.id ?? '' });
    await renderPopup('log');
    await screen.findByRole('list', { name: 'What you did' });
    expect(await violations()).toEqual([]);
  });

  it('on the own-strategy form with its messages', async () => {
    await renderPopup('library');
    const add = await screen.findByRole('button', { name: 'Add' });
    fireEvent.click(add);
    await screen.findByText('Choose what kind of thing this is, so Tend shows it with the right help.');
    expect(await violations()).toEqual([]);
  });
});
