// @vitest-environment happy-dom
/**
 * The Now view with the real store and the real worker behind it: the nudge on offer with
 * its strategy (why and how behind a disclosure that remembers its state), the four answers
 * and what they change, and the calm "nothing waiting" view.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMoment } from '../../ui/format.ts';
import { strategyById } from '../../src/strategies/index.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { SOURCES } from '../../src/strategies/sources.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { ALL_DAY, flush } from '../support/fake-worker.ts';
import { command, disposeStores, installTend, renderPopup, startAndAnswer, storedState, titleOf } from './popup-setup.tsx';

beforeEach(async () => {
  localStorage.clear();
  await installTend();
});
afterEach(() => {
  cleanup();
  disposeStores();
});

const button = (name: string) => screen.getByRole('button', { name });

async function offered(strategyId: string) {
  await command('start', { strategyId });
  const { current } = await storedState();
  const strategy = strategyById(strategyId);
  if (!current || !strategy) throw new Error('nothing on offer');
  return { current, strategy, text: renderNudge(strategy, current.line) };
}

describe('a nudge on offer', () => {
  it('shows the nudge and the strategy behind it: why, how, how long and where it comes from', async () => {
    const { strategy, text } = await offered('connect-check-in');
    await renderPopup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(text.title);
    expect(screen.getByText(text.message)).toBeTruthy();
    expect(screen.getByText(`Reach out · ${String(strategy.minutes)} min`)).toBeTruthy();
    // Why, how and the source come in their own chunk, just after the first paint.
    expect(await screen.findByRole('heading', { name: strategy.title })).toBeTruthy();
    expect(screen.getByText(strategy.why)).toBeTruthy();
    const steps = screen.getAllByRole('listitem').map((li) => li.textContent);
    for (const step of strategy.steps) expect(steps).toContain(step);
    for (const file of strategy.sources) {
      expect(screen.getByText(SOURCES[file].title)).toBeTruthy();
      expect(document.body.textContent).toContain(SOURCES[file].publisher);
    }
    for (const name of ['Done', 'Later', 'Skip', 'Another one']) expect(button(name)).toBeTruthy();
    // Only calm strategies carry the breathing guide.
    expect(screen.queryByRole('button', { name: /Breathe with me/ })).toBeNull();
  });

  it('Done records it, clears it and moves focus to what comes next', async () => {
    const { current } = await offered('move-short-walk');
    await renderPopup();
    const done = button('Done');
    done.focus();
    fireEvent.click(done);
    const heading = await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    const { log, current: after } = await storedState();
    expect(after ?? null).toBeNull();
    expect(log.filter((e) => e.nudgeId === current.id).map((e) => e.type)).toEqual(['shown', 'done']);
    await waitFor(() => {
      expect(document.activeElement).toBe(heading);
    });
  });

  it('Later puts it off and says when it comes back', async () => {
    await offered('gratitude-thank-a-helper');
    await renderPopup();
    fireEvent.click(button('Later'));
    await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    const { current } = await storedState();
    expect(current?.snoozedUntil).toBeGreaterThan(Date.now());
    expect(screen.getByText(`Your nudge comes back around ${formatMoment(current?.snoozedUntil ?? 0, Date.now())}.`)).toBeTruthy();
  });

  it('Another one offers a different strategy at once and records a pass, not a skip; Skip records a skip', async () => {
    const first = await offered('reflect-name-the-feeling');
    await renderPopup();
    fireEvent.click(button('Another one'));
    await waitFor(async () => {
      expect((await storedState()).current?.strategyId).not.toBe('reflect-name-the-feeling');
    });
    const { current } = await storedState();
    const next = strategyById(current?.strategyId ?? '');
    if (!current || !next) throw new Error('no new nudge');
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(renderNudge(next, current.line).title);
    });
    // The new card can paint before Another one's reply is back (the worker settles the
    // browser after saving); until then the buttons say they are busy and ignore a click.
    await waitFor(() => {
      expect(button('Skip').getAttribute('aria-disabled')).toBe('false');
    });
    fireEvent.click(button('Skip'));
    await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    const { log } = await storedState();
    expect(log.filter((e) => e.nudgeId === first.current.id).map((e) => e.type)).toEqual(['shown', 'passed']);
    expect(log.filter((e) => e.nudgeId === current.id).map((e) => e.type)).toEqual(['shown', 'skipped']);
  });
});

describe('why it helps, and how (issue 15)', () => {
  const disclosure = () => screen.getByText('Why it helps, and how').closest('details') as HTMLDetailsElement;
  const toggle = (open: boolean) => {
    const details = disclosure();
    details.open = open;
    details.dispatchEvent(new Event('toggle'));
  };

  it('sits behind a disclosure, closed at first, below the answers; the source stays outside it, small', async () => {
    const { strategy } = await offered('connect-check-in');
    await renderPopup();
    await screen.findByText(strategy.why);
    const details = disclosure();
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Why it helps, and how');
    expect(details.textContent).toContain(strategy.why);
    // Done leads, Later beside it; Skip and Another one are the quieter two.
    const answers = [...document.querySelectorAll('.actions button')];
    expect(answers.map((b) => [b.textContent, b.className])).toEqual([
      ['Done', 'primary'],
      ['Later', ''],
      ['Skip', 'link quieter'],
      ['Another one', 'link quieter'],
    ]);
    expect(answers.every((b) => b.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING)).toBe(true);
    const sources = await waitFor(() => document.querySelector('.nudge .sources') ?? Promise.reject(new Error('no source line')));
    expect(details.contains(sources)).toBe(false);
    expect(sources.textContent).toContain('Drawn from:');
    for (const file of strategy.sources) expect(sources.textContent).toContain(SOURCES[file].title);
  });

  it('remembers being opened, for the next nudge and the next time the popup opens', async () => {
    await offered('connect-check-in');
    await renderPopup();
    toggle(true);
    await waitFor(() => {
      expect(localStorage.getItem('tend:now-details-open')).toBe('1');
    });
    // The popup closes and opens again, on another nudge.
    cleanup();
    disposeStores();
    await offered('move-short-walk');
    await renderPopup();
    expect(disclosure().open).toBe(true);
    toggle(false);
    await waitFor(() => {
      expect(localStorage.getItem('tend:now-details-open')).toBe('0');
    });
    cleanup();
    disposeStores();
    await renderPopup();
    expect(disclosure().open).toBe(false);
  });
});

describe('nothing waiting', () => {
  it('offers one or two things to do now: a nudge now, a line in the journal, the library', async () => {
    await renderPopup();
    expect(screen.getByText('If you have a minute now:')).toBeTruthy();
    const row = button('Give me one now').parentElement as HTMLElement;
    expect(within(row).getAllByRole('button').map((b) => b.textContent)).toEqual(['Give me one now', 'Note how you feel', 'Browse the library']);
    fireEvent.click(button('Note how you feel'));
    expect(screen.getByRole('tab', { name: 'Journal' }).getAttribute('aria-selected')).toBe('true');
  });

  it('says when the next nudge is due and offers one now', async () => {
    await renderPopup();
    const { schedule } = await storedState();
    expect(schedule.dueAt).not.toBeNull();
    expect(screen.getByText(`The next nudge comes around ${formatMoment(schedule.dueAt ?? 0, Date.now())}.`)).toBeTruthy();
    fireEvent.click(button('Give me one now'));
    const heading = await screen.findByRole('heading', { level: 1, name: (name) => name !== 'Nothing waiting right now' });
    const { current } = await storedState();
    const strategy = strategyById(current?.strategyId ?? '');
    if (!current || !strategy) throw new Error('nothing offered');
    expect(heading.textContent).toBe(renderNudge(strategy, current.line).title);
  });

  it('says Tend is paused, and Resume ends the pause', async () => {
    await command('pause', { mode: 'until-resumed' });
    await renderPopup();
    expect(screen.getByText('Paused until you resume')).toBeTruthy();
    fireEvent.click(button('Resume'));
    await screen.findByText(/The next nudge comes around/);
    expect((await storedState()).settings.pause).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('opens the library from "Browse the library"', async () => {
    await renderPopup();
    fireEvent.click(button('Browse the library'));
    expect(screen.getByRole('tab', { name: 'Library' }).getAttribute('aria-selected')).toBe('true');
    expect(await screen.findByRole('heading', { name: 'Library', level: 1 })).toBeTruthy();
  });

  it('reads out a failed command in the alert region', async () => {
    const off = Object.fromEntries(KINDS.map((k) => [k, { enabled: false, weight: 1 }]));
    await command('saveSettings', { settings: { ...ALL_DAY, kinds: off } });
    await renderPopup();
    fireEvent.click(button('Give me one now'));
    await waitFor(() => {
      expect(screen.getByRole('alert').textContent).toContain('Every kind of nudge is switched off');
    });
  });
});

describe('recently, under the card', () => {
  const recentSection = async () => screen.findByRole('region', { name: 'Recently' });

  it('lists the last three nudges and what came of them, newest first, not the one on the card', async () => {
    await startAndAnswer('calm-belly-breathing', 'done');
    await startAndAnswer('move-short-walk', 'done');
    await startAndAnswer('gratitude-thank-a-helper', 'skip');
    await startAndAnswer('reflect-name-the-feeling', 'snooze');
    await offered('connect-check-in');
    await renderPopup();

    const rows = within(await recentSection()).getAllByRole('listitem');
    expect(rows.map((li) => li.querySelector('.what')?.textContent)).toEqual([
      titleOf('reflect-name-the-feeling'),
      titleOf('gratitude-thank-a-helper'),
      titleOf('move-short-walk'),
    ]);
    // Put off with Later, then passed over for a strategy started from the library (saved-for-later.ts).
    expect(rows.map((li) => li.querySelector('.outcome')?.textContent)).toEqual(['another one instead', 'skipped', 'done']);
  });

  it('shows under "nothing waiting" too, and opens the whole week in Log', async () => {
    await startAndAnswer('move-short-walk', 'done');
    await renderPopup();
    await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    const section = await recentSection();
    expect(within(section).getByText(titleOf('move-short-walk'))).toBeTruthy();
    fireEvent.click(within(section).getByRole('button', { name: 'See the last seven days' }));
    expect(screen.getByRole('tab', { name: 'Log' }).getAttribute('aria-selected')).toBe('true');
  });

  it('is left out before the first nudge', async () => {
    await renderPopup();
    await screen.findByRole('heading', { name: 'Nothing waiting right now' });
    // The chunk has had every chance to load; the section still renders nothing.
    await import('../../popup/views/recent.tsx');
    await flush();
    expect(screen.queryByRole('region', { name: 'Recently' })).toBeNull();
    expect(screen.queryByText('See the last seven days')).toBeNull();
  });
});
