/**
 * Screenshots of the Journal (issue 12) at the popup's size, light and dark: the check-in
 * under a reflect nudge's prompt, the week and the four weeks, and "What seems to help you",
 * after a month of simulated entries and after-Done answers. Writes artifacts/journal/.
 * Run: node scripts/build.mjs && node scripts/run-ts.mjs scripts/journal-screenshots.ts
 *
 * The month is written into storage as the worker would have written it (entries through the
 * journal core's own addEntry, so ids, order and bounds are real); the reflect nudge comes due
 * on the real alarm (scripts/harness/scenario.ts).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addEntry } from '../src/journal/entries.ts';
import type { FeltAnswer } from '../src/journal/felt.ts';
import { EMPTY_JOURNAL, type JournalSlice } from '../src/journal/schema.ts';
import { seeded } from '../src/random.ts';
import { KINDS, type Kind } from '../src/strategies/types.ts';
import { launchTend, waitFor } from './harness/tend.ts';
import { TEST_SETTINGS, bringNudgeDue, nudgeState, useTestSettings } from './harness/scenario.ts';

const OUT = resolve('artifacts', 'journal');
const POPUP_SIZE = { width: 380, height: 600 };
const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What a month of check-ins might say: words and sometimes a line. */
const DAYS: readonly (readonly [readonly string[], string?])[] = [
  [['tired', 'hopeful'], 'Slow start, but the walk at lunch helped.'],
  [['anxious', 'stressed'], 'Deadline tomorrow. Breathing helped a bit.'],
  [['calm']],
  [['grateful', 'connected'], 'Long call with Mum.'],
  [['frustrated'], 'Train cancelled again.'],
  [['content', 'relaxed']],
  [['lonely', 'flat'], 'Quiet weekend, nobody around.'],
  [['energised', 'proud'], 'Finished the draft!'],
  [['worried'], 'Waiting for the test results.'],
  [['relieved', 'grateful'], 'Results fine.'],
];

function monthOfEntries(now: number): JournalSlice {
  const random = seeded(5);
  let journal = EMPTY_JOURNAL;
  let n = 0;
  for (let day = 27; day >= 0; day--) {
    // Most days one or two check-ins, some days none: a real month has gaps.
    const times = day % 5 === 3 ? [] : day % 3 === 0 ? [9, 20] : [19];
    for (const hour of times) {
      const [words, text] = DAYS[n++ % DAYS.length] ?? [['calm']];
      const at = now - day * DAY - (day === 0 ? 2 * HOUR : (20 - hour) * HOUR);
      const added = addEntry(journal, text === undefined ? { words } : { words, text }, at, random);
      if (!added.ok) throw new Error(added.code);
      journal = added.slice;
    }
  }
  return journal;
}

function monthOfAnswers(now: number): FeltAnswer[] {
  const plan: readonly [Kind, readonly ('L' | 'S' | 'H')[]][] = [
    ['calm', ['L', 'L', 'L', 'L', 'S', 'L', 'S']],
    ['move', ['L', 'L', 'S', 'L', 'L', 'H']],
    ['connect', ['L', 'S', 'L', 'S', 'S', 'L']],
    ['reflect', ['S', 'S', 'H', 'L', 'S']],
  ];
  const felt = { L: 'lighter', S: 'same', H: 'heavier' } as const;
  return plan
    .flatMap(([kind, answers], k) =>
      answers.map((a, i): FeltAnswer => ({ at: now - (i * 4 + k) * DAY, nudgeId: `shot${kind}${String(i)}`, kind, felt: felt[a] })),
    )
    .sort((a, b) => a.at - b.at);
}

async function main(): Promise<void> {
  const tend = await launchTend();
  try {
    await useTestSettings(tend, {
      ...TEST_SETTINGS,
      kinds: Object.fromEntries(KINDS.map((k) => [k, { enabled: k === 'reflect', weight: 1 }])) as typeof TEST_SETTINGS.kinds,
    });
    const now = Date.now();
    await tend.inWorker(async ([journal, felt]) => { await chrome.storage.local.set({ journal, felt }); }, [monthOfEntries(now), monthOfAnswers(now)] as const);
    await bringNudgeDue(tend, 300, 3);
    await waitFor('a reflect nudge', async () => ((await nudgeState(tend)).current?.notified ? true : null));

    mkdirSync(OUT, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await tend.context.newPage();
      await page.setViewportSize(POPUP_SIZE);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=journal`);
      await page.getByRole('region', { name: 'This week' }).waitFor();
      await page.getByRole('button', { name: 'anxious', exact: true }).click();
      await page.getByRole('button', { name: 'tired', exact: true }).click();
      await page.getByRole('button', { name: 'overwhelmed', exact: true }).focus();
      const shots: [string, () => Promise<void>][] = [
        ['check-in', async () => { await page.evaluate(() => { window.scrollTo(0, 0); }); }],
        ['week', async () => { await page.locator('.journal-week').evaluate((el) => { el.scrollIntoView({ block: 'start' }); window.scrollBy(0, -48); }); }],
        ['four-weeks', async () => { await page.locator('.journal-weeks').evaluate((el) => { el.scrollIntoView({ block: 'start' }); window.scrollBy(0, -48); }); }],
        ['what-helps', async () => { await page.locator('.journal-helps').evaluate((el) => { el.scrollIntoView({ block: 'end' }); }); }],
      ];
      for (const [name, scroll] of shots) {
        await scroll();
        const path = join(OUT, `${name}-${scheme}.png`);
        await page.screenshot({ path });
        console.log(path);
      }
      await page.screenshot({ path: join(OUT, `journal-${scheme}-full.png`), fullPage: true });
      // The after-Done question on Now.
      await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html`);
      await page.getByRole('button', { name: 'Done', exact: true }).click();
      await page.getByRole('region', { name: 'How do you feel now?' }).waitFor();
      await page.screenshot({ path: join(OUT, `after-done-${scheme}.png`) });
      await page.close();
      await bringNudgeDue(tend, 300, 3);
      await waitFor('the next nudge', async () => ((await nudgeState(tend)).current?.notified ? true : null));
    }
  } finally {
    await tend.dispose();
  }
}

await main();
