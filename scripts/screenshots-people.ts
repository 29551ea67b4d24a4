/**
 * Screenshots of the People view (issue 11), light and dark, at the popup's size: empty,
 * then with three people (one past their rhythm, one in rhythm, one "not for now"), and a
 * reach-out nudge on the Now card naming someone. Writes artifacts/people/*.png from the
 * built extension (TEND_DIST picks the build), so a person can look at it as a first-time
 * user would. Run: `node scripts/run-ts.mjs scripts/screenshots-people.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchTend, type Tend } from './harness/tend.ts';
import { command, useTestSettings } from './harness/scenario.ts';

const OUT = resolve('artifacts', 'people');
const POPUP_SIZE = { width: 380, height: 600 };
const DAY = 86_400_000;

async function shoot(tend: Tend, view: string, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await tend.context.newPage();
    await page.setViewportSize(POPUP_SIZE);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=${view}`);
    await page.locator('[role=tabpanel]:not([hidden]) h1').first().waitFor();
    const path = join(OUT, `${name}-${scheme}.png`);
    await page.screenshot({ path });
    await page.screenshot({ path: path.replace(/\.png$/, '-full.png'), fullPage: true });
    await page.close();
    console.log(path);
  }
}

async function main(): Promise<void> {
  const tend = await launchTend();
  try {
    await useTestSettings(tend);
    mkdirSync(OUT, { recursive: true });
    await shoot(tend, 'people', 'people-empty');
    await command(tend, 'addPerson', { name: 'Sam', rhythmDays: 7, howToReach: 'voice note after 6', nextTime: 'ask how the new job is going' });
    await command(tend, 'addPerson', { name: 'Grandma Rosa', rhythmDays: 30, howToReach: 'call on Sunday mornings' });
    await command(tend, 'addPerson', { name: 'Noor نور', rhythmDays: 14 });
    // As if time had passed: Sam added 10 days ago, Rosa in touch a week ago, Noor not for now.
    await tend.inWorker(async (day) => {
      type P = { name: string; addedAt: number; contacts: { at: number }[]; pausedUntil?: unknown };
      const slice = (await chrome.storage.local.get('people')).people as { version: 1; people: P[] };
      const now = Date.now();
      const people = slice.people.map((p): P => {
        if (p.name === 'Sam') return { ...p, addedAt: now - 10 * day };
        if (p.name === 'Grandma Rosa') return { ...p, addedAt: now - 40 * day, contacts: [{ at: now - 8 * day }] };
        return { ...p, addedAt: now - 20 * day, pausedUntil: 'resume' };
      });
      await chrome.storage.local.set({ people: { ...slice, people } });
    }, DAY);
    await shoot(tend, 'people', 'people-three');
    await command(tend, 'start', { strategyId: 'connect-check-in' });
    await shoot(tend, 'now', 'now-named');
  } finally {
    await tend.dispose();
  }
}

await main();
