// @vitest-environment happy-dom
/**
 * The popup's store: it reads state before the first render, follows every change the
 * worker writes, loads strategy details by kind, and a view never misses a change that
 * lands between its first paint and its subscription (effects run after paint, which a busy
 * browser can delay: seen in Firefox right after install).
 */
import { act, cleanup, screen } from '@testing-library/preact';
import { render } from 'preact';
import { App } from '../../popup/app.tsx';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from '../../platform/browser.ts';
import { startEarlyReads } from '../../ui/early-read.ts';
import { createStore } from '../../ui/store.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { flush } from '../support/fake-worker.ts';
import { command, disposeStores, installTend, storedState } from './popup-setup.tsx';

beforeEach(async () => {
  await installTend();
  // Each test is a page of its own: nothing started or taken yet (ui/early-read.ts).
  Reflect.deleteProperty(globalThis, Symbol.for('tend.early-reads'));
});
afterEach(() => {
  cleanup();
  disposeStores();
  vi.useRealTimers();
});

describe('the store', () => {
  it('has the nudge on offer with its details before anything renders', async () => {
    await command('start', { strategyId: 'calm-grounding' });
    const store = await createStore();
    const { state, details } = store.get();
    expect(state.current?.strategyId).toBe('calm-grounding');
    expect(details.get('calm-grounding')?.why).toBeTruthy();
    // Only the current nudge's kind is loaded up front.
    expect([...details.values()].every((s) => s.kind === 'calm')).toBe(true);
    store.dispose();
  });

  it('takes a hint of the kind on offer (the popup address), and a stale hint changes nothing shown', async () => {
    await command('start', { strategyId: 'calm-grounding' });
    const hinted = await createStore({ hint: 'calm' });
    expect(hinted.get().details.get('calm-grounding')?.why).toBeTruthy();
    hinted.dispose();

    const stale = await createStore({ hint: 'move' });
    const { state, details } = stale.get();
    expect(state.current?.strategyId).toBe('calm-grounding');
    expect(details.get('calm-grounding')?.why).toBeTruthy();
    stale.dispose();
  });

  it('can paint Now before the history is read, and reads it when asked', async () => {
    await command('start', { strategyId: 'calm-grounding' });
    const { log } = await storedState();
    expect(log.length).toBeGreaterThan(0);
    const store = await createStore({ historyLater: true });
    const first = store.get();
    expect(first.state.current?.strategyId).toBe('calm-grounding');
    expect(first.details.get('calm-grounding')?.why).toBeTruthy();
    expect(first.historyLoaded).toBe(false);
    expect(first.state.log).toEqual([]);
    store.loadHistory();
    await flush();
    expect(store.get().historyLoaded).toBe(true);
    expect(store.get().state.log).toEqual(log);
    store.dispose();
  });

  it('takes the reads popup/early.ts started instead of asking again, once', async () => {
    await command('start', { strategyId: 'calm-grounding' });
    startEarlyReads('?strategy=calm-grounding');
    const get = vi.spyOn(browser.storage.local, 'get');
    const early = await createStore({ hint: 'calm-grounding', historyLater: true });
    expect(get).not.toHaveBeenCalled();
    expect(early.get().state.current?.strategyId).toBe('calm-grounding');
    expect(early.get().details.get('calm-grounding')?.why).toBeTruthy();
    early.dispose();
    // A second store (or a view that needs more slices) reads for itself.
    const second = await createStore({ historyLater: true });
    expect(get).toHaveBeenCalled();
    expect(second.get().state.current?.strategyId).toBe('calm-grounding');
    second.dispose();
    get.mockRestore();
  });

  it('reads again when a slice changed after the early read was asked for', async () => {
    startEarlyReads('');
    // The worker offers a nudge while the popup's chunk is still loading.
    await command('start', { strategyId: 'move-short-walk' });
    const store = await createStore({ historyLater: true });
    await flush();
    expect(store.get().state.current?.strategyId).toBe('move-short-walk');
    store.dispose();
  });

  it('early.js running after the store was made starts nothing (no read nobody takes, no listener left)', async () => {
    const store = await createStore({ historyLater: true });
    const get = vi.spyOn(browser.storage.local, 'get');
    const listen = vi.spyOn(browser.storage.onChanged, 'addListener');
    startEarlyReads('');
    expect(get).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
    store.dispose();
    get.mockRestore();
    listen.mockRestore();
  });

  it('leaves the early reads alone on a view that reads the history', async () => {
    startEarlyReads('?view=log');
    const get = vi.spyOn(browser.storage.local, 'get');
    const store = await createStore();
    expect(get).toHaveBeenCalledTimes(1);
    store.dispose();
    get.mockRestore();
  });

  it('loads other kinds when a view asks, once each', async () => {
    const store = await createStore();
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.details.size));
    await store.ensureKinds(['move', 'reflect']);
    await store.ensureKinds(['move']);
    const expected = STRATEGIES.filter((s) => s.kind === 'move' || s.kind === 'reflect').length;
    expect(seen).toEqual([expected]);
    store.dispose();
  });

  it('shows a change written between the first paint and the subscription', async () => {
    // Hold back every after-paint effect (Preact runs them on a frame or a 35 ms timer).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    // Preact's own render, not testing-library's: its act() would run the effects at once.
    const root = document.createElement('div');
    document.body.append(root);
    const store = await createStore();
    render(<App store={store} />, root);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nothing waiting right now');
    await command('start', { strategyId: 'move-short-walk' });
    await flush();
    expect((await storedState()).current?.strategyId).toBe('move-short-walk');
    void act(() => {
      vi.runAllTimers();
    });
    await flush();
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe('Nothing waiting right now');
    expect(document.querySelector('#nudge-title')).not.toBeNull();
    render(null, root);
    root.remove();
    store.dispose();
  });
});
