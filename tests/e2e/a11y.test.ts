/**
 * axe-core on every view of the popup, in the light and the dark theme (the media feature
 * emulated), each in the states a person meets: a nudge on offer, the breathing guide, a
 * calm "nothing waiting", a pause, a week of log, the library opened with a form's errors
 * showing, Settings and About. Zero violations, with axe's default rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchTend, waitFor, type Tend } from './fixture.ts';
import { command, nudgeState, useTestSettings } from './scenario.ts';

let tend: Tend;
let page: Page;

// The extension's CSP blocks an injected <script> tag; evaluating the source works (docs/platform-notes.md).
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  tend = await launchTend();
  await useTestSettings(tend);
  // A little history for the log: one done, one put off, one skipped.
  for (const [strategyId, answer] of [['move-short-walk', 'done'], ['reflect-name-the-feeling', 'later'], ['gratitude-thank-a-helper', 'skip']] as const) {
    await command(tend, 'start', { strategyId });
    const { current } = await nudgeState(tend);
    await command(tend, answer, { nudgeId: current?.id });
  }
  page = await tend.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
});
afterAll(async () => {
  await tend.dispose();
});

async function open(view: string): Promise<void> {
  await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=${view}`);
  await page.locator('[role=tabpanel]:not([hidden]) > *').first().waitFor();
}

async function violations(): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown }[] }[] };
    const axe = (window as unknown as { axe: { run(): Promise<Result> } }).axe;
    const { violations: found } = await axe.run();
    return found.map((v) => `${v.id} (${v.help}): ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}

describe.each(['light', 'dark'] as const)('accessibility in the %s theme', (colorScheme) => {
  beforeAll(async () => {
    await page.emulateMedia({ colorScheme });
  });

  it('Now, with a calm nudge and its breathing guide running', async () => {
    await command(tend, 'start', { strategyId: 'calm-slow-breathing' });
    await open('now');
    await page.locator('#nudge-title').waitFor();
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: 'Breathe with me · 1 min' }).click();
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('Now, with nothing waiting, and while paused', async () => {
    const { current } = await nudgeState(tend);
    if (current) await command(tend, 'done', { nudgeId: current.id });
    await open('now');
    await page.getByRole('heading', { name: 'Nothing waiting right now' }).waitFor();
    expect(await violations()).toEqual([]);
    await command(tend, 'pause', { mode: 'until-resumed' });
    await open('now');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    expect(await violations()).toEqual([]);
    await command(tend, 'pause', { mode: 'resume' });
  });

  it('Log, with a week of nudges', async () => {
    await open('log');
    await page.getByRole('img').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('Library, with a kind and a strategy open and the form saying what to fix', async () => {
    await open('library');
    const calm = page.locator('.kind-group', { has: page.locator('> summary', { hasText: 'Calm' }) });
    await calm.locator('> summary').click();
    await calm.locator('.strategy > summary').first().click();
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Give it a short title.').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('People, empty, then with people, a form saying what to fix and a pause being chosen', async () => {
    await tend.inWorker(() => chrome.storage.local.remove('people'));
    await open('people');
    await page.getByRole('heading', { name: 'The people in your corner' }).waitFor();
    expect(await violations()).toEqual([]);
    await command(tend, 'addPerson', { name: 'Ana', rhythmDays: 7, howToReach: 'voice note', nextTime: 'ask about the move' });
    await command(tend, 'addPerson', { name: 'نور', rhythmDays: 30 });
    await open('people');
    await page.locator('.person').first().waitFor();
    await page.locator('.add-person').getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Please write a name.').waitFor();
    await page.getByRole('button', { name: 'Not for now Ana' }).click();
    await page.getByText('Not for now — until when?').waitFor();
    expect(await violations()).toEqual([]);
  });

  it('Journal: empty, then with entries, a word focused, a line too long, and "What seems to help"; and the after-Done question', async () => {
    await tend.inWorker(() => chrome.storage.local.remove(['journal', 'felt']));
    await open('journal');
    await page.getByRole('heading', { name: 'How are you feeling?' }).waitFor();
    expect(await violations()).toEqual([]);
    await command(tend, 'addEntry', { words: ['anxious', 'tired'], text: 'A long day, שלום' });
    await command(tend, 'addEntry', { words: ['calm'] });
    // Five after-Done answers for one kind: "What seems to help you" shows.
    await tend.inWorker(async () => {
      const at = Date.now();
      const felt = Array.from({ length: 5 }, (_, i) => ({ at: at - i * 3_600_000, nudgeId: `a11y${String(i)}`, kind: 'calm', felt: i < 3 ? 'lighter' : 'same' }));
      await chrome.storage.local.set({ felt });
    });
    await open('journal');
    await page.getByRole('region', { name: 'What seems to help you' }).waitFor();
    await page.getByRole('button', { name: 'hopeful', exact: true }).focus();
    await page.getByLabel('A line about it (optional)').fill('x'.repeat(520));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('#journal-text-error').getByText(/longer than the 500/).waitFor();
    expect(await violations()).toEqual([]);
    await command(tend, 'start', { strategyId: 'move-stretch' });
    await open('now');
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.getByRole('region', { name: 'How do you feel now?' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('Settings', async () => {
    await open('settings');
    await page.locator('#panel-settings :is(input, select, button)').first().waitFor();
    expect(await violations()).toEqual([]);
  });

  it('About', async () => {
    await open('about');
    await page.getByRole('heading', { name: 'About Tend' }).waitFor();
    expect(await violations()).toEqual([]);
  });

  it('never scrolls sideways at the popup’s width', async () => {
    for (const view of ['now', 'log', 'library', 'people', 'journal', 'settings', 'about']) {
      await open(view);
      await waitFor(`${view} to render`, () => page.locator('[role=tabpanel]:not([hidden]) > *').first().isVisible());
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), view).toBe(0);
    }
  });
});
