/**
 * The popup in real Chromium, against the real worker: a waiting nudge with its strategy
 * and answers; Done reaches the log and the badge; Later moves the next due time and its
 * alarm; the library starts a strategy; a strategy of one's own is added and started; and a
 * keyboard-only pass reaches every action, Settings and About in the header included.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strategyById } from '../../src/strategies/index.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { SOURCES } from '../../src/strategies/sources.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { launchTend, waitFor, type Tend } from './fixture.ts';
import { command, libraryCopiesKept, nextWaitingNudge, nudgeState, openPopup, useTestSettings } from './scenario.ts';

let tend: Tend;

beforeAll(async () => {
  tend = await launchTend();
  await useTestSettings(tend);
});
afterAll(async () => {
  await tend.dispose();
});

const popup = (view = ''): Promise<Page> => openPopup(tend, view);

const waitingNudge = () => nextWaitingNudge(tend);

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.textContent.trim()}` : '';
  });

describe('the popup in Chromium', () => {
  it('opens on the waiting nudge with its strategy and the four answers, why and how a tap away', async () => {
    const { current, strategy } = await waitingNudge();
    const page = await popup();
    expect(await page.locator('#nudge-title').textContent()).toBe(renderNudge(strategy, current.line).title);
    expect(await page.getByText(renderNudge(strategy, current.line).message).isVisible()).toBe(true);
    // The card fits the popup (600 px) without scrolling while why and how are closed.
    const card = await page.locator('.nudge').boundingBox();
    expect((card?.y ?? 0) + (card?.height ?? 0)).toBeLessThanOrEqual(600);
    if (strategy.why) expect(await page.getByText(strategy.why).isVisible()).toBe(false);
    await page.getByText('Why it helps, and how').click();
    // What the disclosure holds comes in a chunk of its own, just after the first paint.
    if (strategy.why) await page.getByText(strategy.why).waitFor();
    for (const step of strategy.steps) expect(await page.getByText(step, { exact: true }).isVisible()).toBe(true);
    for (const file of strategy.sources) expect(await page.getByText(SOURCES[file].title).isVisible()).toBe(true);
    for (const name of ['Done', 'Later', 'Skip', 'Another one']) {
      expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    }
    // Fits the popup: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.close();
    // Opened again, it is as it was left: open (kept in the popup's localStorage).
    const again = await popup();
    if (strategy.why) await again.getByText(strategy.why).waitFor();
    await again.getByText('Why it helps, and how').click();
    await again.close();
  });

  it('Done records it: the log says done and the badge clears', async () => {
    const { current, strategy } = await waitingNudge();
    expect((await nudgeState(tend)).badge).toBe('1');
    const page = await popup();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('heading', { name: 'Nothing waiting right now' }).waitFor();
    const state = await waitFor('the done entry', async () => {
      const s = await nudgeState(tend);
      return s.log.some((e) => e.nudgeId === current.id && e.type === 'done') ? s : null;
    });
    expect(state.badge).toBe('');
    await page.getByRole('tab', { name: 'Log' }).click();
    const entry = page.locator('.entries li', { hasText: strategy.title }).first();
    await entry.waitFor();
    expect(await entry.locator('.outcome').textContent()).toBe('done');
    await page.close();
  });

  it('Later moves the next due time, and the alarm with it', async () => {
    await waitingNudge();
    const before = await nudgeState(tend);
    const page = await popup();
    await page.getByRole('button', { name: 'Later', exact: true }).click();
    await page.getByText(/Your nudge comes back around/).waitFor();
    const after = await waitFor('the snooze', async () => {
      const s = await nudgeState(tend);
      return s.current?.snoozedUntil ? s : null;
    });
    expect(after.schedule.dueAt).not.toBe(before.schedule.dueAt);
    expect(after.schedule.dueAt).toBe(after.current?.snoozedUntil);
    // Snoozed for the setting's minutes from now (30 by default), give or take the test's own time.
    expect(after.schedule.dueAt ?? 0).toBeGreaterThan(Date.now() + 25 * 60_000);
    expect(after.alarms.map((a) => a.scheduledTime)).toEqual([after.schedule.dueAt]);
    await page.close();
  });

  it('starts a strategy from the library: it becomes the nudge on offer', async () => {
    const walk = strategyById('move-short-walk');
    if (!walk) throw new Error('missing strategy');
    const page = await popup('library');
    await page.locator('.kind-group > summary', { hasText: 'Move' }).click();
    await page.locator('.strategy > summary', { hasText: walk.title }).click();
    await page.getByRole('button', { name: `Start now: ${walk.title}` }).click();
    await page.locator('#nudge-title').waitFor();
    const { current } = await nudgeState(tend);
    expect(current?.strategyId).toBe('move-short-walk');
    expect(await page.locator('#nudge-title').textContent()).toBe(renderNudge(walk, current?.line ?? 0).title);
    expect(await page.getByRole('tab', { name: 'Now' }).getAttribute('aria-selected')).toBe('true');
    await page.close();
  });

  it('adds a strategy of one’s own that can then be picked', async () => {
    const page = await popup('library');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Give it a short title.').waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Step outside');
    await page.getByLabel('Nudge line').fill('Two minutes of fresh air on the doorstep.');
    await page.getByLabel('Kind', { exact: true }).selectOption('move');
    await page.getByLabel('Minutes', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Added “Step outside” to Move.', { exact: false }).waitFor();
    const own = page.getByRole('region', { name: 'Your own' });
    await own.locator('summary', { hasText: 'Step outside' }).click();
    await own.getByRole('button', { name: 'Start now: Step outside' }).click();
    await page.locator('#nudge-title', { hasText: 'Step outside' }).waitFor();
    const { current } = await nudgeState(tend);
    expect(current?.strategyId).toMatch(/^custom-/);
    await page.close();
  });

  it('can be used with the keyboard alone, with a visible focus', async () => {
    await command(tend, 'start', { strategyId: 'calm-slow-breathing' });
    const page = await popup();
    // The header first: Settings and About; then the tabs.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Settings');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:About');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('tab:Now');
    const order: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      order.push(await focused(page));
    }
    expect(order).toEqual(['button:Done', 'button:Later', 'button:Skip', 'button:Another one', 'button:Breathe with me · 1 min']);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
    await page.keyboard.press('Enter');
    await waitFor('the breathing guide', async () => (await focused(page)) === 'button:Stop');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('button:Breathe with me · 1 min');

    // Back to the tabs, and along them with the arrow keys.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('tab:Now');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab:Log');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('tab:Library');
    await page.locator('.kind-group').first().waitFor();

    // Into the library: open a kind, its controls, a strategy, Start now.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^summary:Reach out/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input:');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^summary:/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^button:Start now: /);
    await page.keyboard.press('Enter');
    await waitFor('Now with the started strategy', async () => (await focused(page)) === 'tab:Now');
    const { current } = await nudgeState(tend);
    expect(current?.strategyId).toMatch(/^connect-/);

    // The answers: Tab to Done, press it; focus goes to what comes next.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Done');
    await page.keyboard.press('Enter');
    // Done asks, optionally, how the person feels now (issue 12): focus goes to the question;
    // "Not now" closes it and focus moves on to the calm view.
    await waitFor('focus on the after-Done question', async () => (await focused(page)) === 'h2:How do you feel now?');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Not now');
    await page.keyboard.press('Enter');
    await waitFor('focus on the calm view', async () => (await focused(page)).startsWith('h1:Nothing waiting'));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Give me one now');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Note how you feel');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Browse the library');

    // The form for one's own, reached by Tab alone.
    await page.keyboard.press('Enter');
    await waitFor('the library tab', async () => (await focused(page)) === 'tab:Library');
    let steps = 0;
    while ((await page.evaluate(() => document.activeElement?.id)) !== 'custom-title' && steps++ < 40) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-title');
    await page.keyboard.type('Stretch my hands');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Open and close your hands ten times.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // The kind is a choice the person makes (issue 15): the arrow keys pick one.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-kind');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).not.toBe('');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('custom-minutes');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Add');
    await page.keyboard.press('Enter');
    await page.getByText('Added “Stretch my hands”', { exact: false }).waitFor();

    // People and Journal are an arrow each away, Journal at the end; Settings and About are
    // the header's two buttons, just before the tabs.
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 60 && !(await focused(page)).startsWith('tab:'); i++) await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('tab:Library');
    for (const next of ['People', 'Journal']) {
      await page.keyboard.press('ArrowRight');
      expect(await focused(page)).toBe(`tab:${next}`);
    }
    await page.keyboard.press('Home');
    expect(await focused(page)).toBe('tab:Now');
    await page.keyboard.press('End');
    expect(await focused(page)).toBe('tab:Journal');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button:About');
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('button:Settings');
    await page.keyboard.press('Enter');
    await page.locator('#panel-settings :is(input, select, button)').first().waitFor();
    // From the header, past the tabs' one stop (Now keeps it while Settings is open), into Settings.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('tab:Now');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('panel-settings')?.contains(document.activeElement))).toBe(true);
    for (let i = 0; i < 40 && (await focused(page)) !== 'button:More settings'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:More settings');
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 60 && (await focused(page)) !== 'button:About'; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'About Tend' }).waitFor();
    await page.close();
  });
});

describe("the popup's copy of the library's words", () => {
  it('paints the next popups with no strategy file fetched, whichever nudge waits', async () => {
    const first = await waitingNudge();
    const page = await popup();
    await libraryCopiesKept(page);
    await page.close();
    // The address the toolbar button opens, as the worker set it (early.js reads it).
    const address = new URL(await tend.inWorker(() => chrome.action.getPopup({})));
    const since = tend.requests.length;
    const again = await tend.openPage(address.pathname.slice(1) + address.search);
    await again.locator('#nudge-title').waitFor();
    expect(await again.locator('#nudge-title').textContent()).toBe(renderNudge(first.strategy, first.current.line).title);
    await again.getByRole('button', { name: 'Another one', exact: true }).click();
    const next = await waitFor('another nudge', async () => {
      const { current } = await nudgeState(tend);
      return current && current.id !== first.current.id ? current : null;
    });
    await again.close();
    const shown = await popup();
    expect(await shown.locator('#nudge-title').textContent()).toBe(renderNudge(strategyById(next.strategyId)!, next.line).title);
    await shown.close();
    // Neither a strategy's file nor a kind's (the log's titles come after the paint, from their file).
    const strategyFiles = new RegExp(`/content/[^/]+/(strategy/[^/]+|${KINDS.join('|')})\\.json$`);
    expect(tend.requests.slice(since).filter((url) => strategyFiles.test(url))).toEqual([]);
    expect(tend.requests.slice(0, since).some((url) => strategyFiles.test(url))).toBe(true);
  });
});
