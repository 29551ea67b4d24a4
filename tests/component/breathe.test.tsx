// @vitest-environment happy-dom
/**
 * The breathing guide of calm strategies: in for 4, out for 6, one minute; each phase read
 * out once; with reduced motion no moving circle, only the count in words.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Breathe, phaseAt } from '../../popup/views/breathe.tsx';
import { command, disposeStores, installTend, renderPopup } from './popup-setup.tsx';

type HappyWindow = Window & { happyDOM: { settings: { device: { prefersReducedMotion: string } } } };
const device = () => (window as unknown as HappyWindow).happyDOM.settings.device;

afterEach(() => {
  cleanup();
  disposeStores();
  vi.useRealTimers();
  device().prefersReducedMotion = 'no-preference';
});

const liveText = () => document.querySelector('[aria-live="polite"]')?.textContent;
const shown = () => document.querySelector('.breathe-count')?.textContent;
/** One second of the guide, as its interval sees it. */
const tick = (seconds = 1) => {
  void act(() => {
    vi.advanceTimersByTime(seconds * 1000);
  });
};

describe('the phases', () => {
  it('counts 4 in, then 6 out, round after round', () => {
    expect([0, 3, 4, 9, 10].map((s) => phaseAt(s))).toEqual([
      { phase: 'in', count: 1 },
      { phase: 'in', count: 4 },
      { phase: 'out', count: 1 },
      { phase: 'out', count: 6 },
      { phase: 'in', count: 1 },
    ]);
  });
});

describe('the guide', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });

  it('with reduced motion: no circle, the count in words, each phase announced once', () => {
    device().prefersReducedMotion = 'reduce';
    render(<Breathe />);
    expect(document.querySelector('.breath')).toBeNull();
    expect(shown()).toBe('Breathe in · 1');
    expect(liveText()).toBe('Breathe in for 4');
    tick(3);
    expect(shown()).toBe('Breathe in · 4');
    expect(liveText()).toBe('Breathe in for 4');
    tick();
    expect(shown()).toBe('Breathe out · 1');
    expect(liveText()).toBe('Breathe out for 6');
    expect(document.querySelector('.breath')).toBeNull();
  });

  it('with motion welcome: the circle grows on the in-breath and shrinks on the out-breath', () => {
    render(<Breathe />);
    expect(document.querySelector('.breath')?.className).toBe('breath in');
    tick(4);
    expect(document.querySelector('.breath')?.className).toBe('breath out');
  });

  it('finishes after a minute, and Stop ends it early', () => {
    render(<Breathe />);
    tick(60);
    expect(screen.getByText('That was a minute of slow breathing. Well done.')).toBeTruthy();
    expect(liveText()).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Breathe with me · 1 min' }));
    expect(shown()).toBe('Breathe in · 1');
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(shown()).toBeUndefined();
    tick(5);
    expect(shown()).toBeUndefined();
  });
});

describe('on a calm nudge', () => {
  it('opens from "Breathe with me" and takes focus to its Stop button', async () => {
    await installTend();
    await command('start', { strategyId: 'calm-slow-breathing' });
    await renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Breathe with me · 1 min' }));
    const stop = await screen.findByRole('button', { name: 'Stop' });
    await waitFor(() => {
      expect(document.activeElement).toBe(stop);
    });
    expect(screen.getByRole('region', { name: 'Breathe along for a minute' })).toBeTruthy();
  });
});
