/**
 * `npm run screenshots`: every popup view, light and dark, from the built extension in
 * headless Chromium, after a few days of real use (and Now once more with nothing waiting,
 * as now-empty) — so a person can look at Tend as a first-time user would before a change
 * lands. Writes artifacts/screens/<view>-<scheme>.png
 * (the popup's size) and <view>-<scheme>-full.png (its whole scroll height);
 * with `--readme` it also refreshes the README's screenshot (docs/screenshot-popup.png).
 *
 * The history is made the honest way, as the e2e tests do: each nudge comes due on the real
 * alarm (scripts/harness/scenario.ts moves the stored past back by some hours first) and is
 * answered through the same commands the popup's buttons send.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchTend, waitFor, type Tend } from './harness/tend.ts';
import { bringNudgeDue, command, nudgeState, useTestSettings, type NudgeState } from './harness/scenario.ts';

const OUT = resolve('artifacts', 'screens');
const POPUP_SIZE = { width: 380, height: 600 };
const VIEWS = ['now', 'log', 'library', 'people', 'journal', 'settings', 'about'] as const;
/** What the person does with each nudge, oldest first; the last one stays on offer. */
const ANSWERS = ['done', 'skip', 'done', null, 'done', 'snooze', 'done', 'skip', 'done'] as const;

async function nextNudge(tend: Tend, hoursLater: number): Promise<string> {
  const shown = (s: NudgeState) => s.log.filter((e) => e.type === 'shown').length;
  const before = shown(await nudgeState(tend));
  await bringNudgeDue(tend, 300, hoursLater);
  // A new nudge, or the one put off with Later shown again: either way one more 'shown'.
  const state = await waitFor('a nudge on offer', async () => {
    const s = await nudgeState(tend);
    return shown(s) > before && s.current?.notified && s.current.snoozedUntil === null ? s : null;
  });
  return state.current?.id ?? '';
}

async function main(): Promise<void> {
  const tend = await launchTend();
  try {
    await useTestSettings(tend);
    for (const answer of ANSWERS) {
      const nudgeId = await nextNudge(tend, 13);
      if (answer) await command(tend, answer, { nudgeId });
    }
    await nextNudge(tend, 3);

    mkdirSync(OUT, { recursive: true });
    const shoot = async (view: string, name: string): Promise<void> => {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await tend.context.newPage();
        await page.setViewportSize(POPUP_SIZE);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=${view}`);
        await page.locator(`[role=tabpanel]:not([hidden]) h1`).first().waitFor();
        if (view === 'now') await page.getByRole('region', { name: 'Recently' }).waitFor();
        const path = join(OUT, `${name}-${scheme}.png`);
        await page.screenshot({ path });
        // The whole scroll height too: what sits below the popup's fold matters as much.
        await page.screenshot({ path: path.replace(/\.png$/, '-full.png'), fullPage: true });
        await page.close();
        console.log(path);
      }
    };
    for (const view of VIEWS) await shoot(view, view);
    // Now once more with nothing waiting: the last nudge done.
    const waiting = (await nudgeState(tend)).current?.id;
    if (waiting) await command(tend, 'done', { nudgeId: waiting });
    await shoot('now', 'now-empty');
    if (process.argv.includes('--readme')) {
      copyFileSync(join(OUT, 'now-light.png'), resolve('docs', 'screenshot-popup.png'));
      console.log('docs/screenshot-popup.png updated');
    }
  } finally {
    await tend.dispose();
  }
}

await main();
