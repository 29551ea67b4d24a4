// @vitest-environment happy-dom
/**
 * Now says what Tend is holding (issue 15): a pause reads "Paused until … · Resume" even
 * over a nudge on offer; a nudge saved with Later is asked about, not silently replaced,
 * when the person asks for one now; the breathing guide shows on breathing strategies only.
 */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { strategyById } from '../../src/strategies/index.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { command, disposeStores, installTend, renderPopup, storedState } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
});

const button = (name: string) => screen.getByRole('button', { name });
const pausedLine = () => document.querySelector('.paused-line');

async function offered(strategyId: string) {
  await command('start', { strategyId });
  const { current } = await storedState();
  if (!current) throw new Error('nothing on offer');
  return current;
}

describe('paused, on Now', () => {
  it('says so above a nudge on offer, and Resume ends the pause and keeps the nudge', async () => {
    const current = await offered('move-short-walk');
    await command('pause', { mode: 'until-resumed' });
    await renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(renderNudge(strategyById('move-short-walk') ?? never(), current.line).title);
    expect(pausedLine()?.textContent).toBe('Paused until you resume · Resume');
    // Before the card, so it is read and reached first.
    expect(pausedLine()?.nextElementSibling?.matches('article.nudge')).toBe(true);
    fireEvent.click(button('Resume'));
    await waitFor(() => {
      expect(pausedLine()).toBeNull();
    });
    const after = await storedState();
    expect(after.settings.pause).toBeNull();
    expect(after.current?.id).toBe(current.id);
  });

  it('for a pause with an end: the time, without a dangling full stop', async () => {
    await command('pause', { mode: 'hour' });
    await renderPopup();
    const words = pausedLine()?.querySelector('.paused-words')?.textContent ?? '';
    expect(words).toMatch(/^Paused until \S/);
    expect(words.endsWith('.')).toBe(false);
  });
});

describe('a nudge saved for later', () => {
  async function saved() {
    const current = await offered('move-short-walk');
    await command('snooze', { nudgeId: current.id });
    await renderPopup();
    await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    return current;
  }

  it('is asked about instead of "Give me one now"', async () => {
    await saved();
    expect(screen.getByText('You have one saved for later — show that one now?')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'You have one saved for later — show that one now?' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Give me one now' })).toBeNull();
  });

  it('"Show it now" brings that same nudge back', async () => {
    const current = await saved();
    fireEvent.click(button('Show it now'));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Nothing waiting right now' });
    const after = await storedState();
    expect(after.current).toMatchObject({ id: current.id, strategyId: 'move-short-walk', snoozedUntil: null });
    expect(after.log.filter((e) => e.nudgeId === current.id).map((e) => e.type)).toEqual(['shown', 'snoozed', 'shown']);
  });

  it('"A different one" offers another strategy and logs the saved one as passed over', async () => {
    const current = await saved();
    fireEvent.click(button('A different one'));
    await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Nothing waiting right now' });
    const after = await storedState();
    expect(after.current?.strategyId).not.toBe('move-short-walk');
    expect(after.log.filter((e) => e.nudgeId === current.id).map((e) => e.type)).toEqual(['shown', 'snoozed', 'passed']);
    expect(after.schedule.again).toBe(false);
  });
});

describe('the breathing guide', () => {
  it('is offered on a breathing strategy', async () => {
    await offered('calm-belly-breathing');
    await renderPopup();
    expect(screen.getByRole('button', { name: /^Breathe with me/ })).toBeTruthy();
  });

  it('is not offered on a visualisation or grounding, though they are calm too', async () => {
    for (const id of ['calm-guided-imagery', 'calm-grounding']) {
      await offered(id);
      await renderPopup();
      await screen.findByRole('heading', { level: 1 });
      expect(screen.queryByRole('button', { name: /^Breathe with me/ })).toBeNull();
      cleanup();
      disposeStores();
    }
  });
});

function never(): never {
  throw new Error('unknown strategy');
}
