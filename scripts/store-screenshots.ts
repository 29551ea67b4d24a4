/**
 * Store screenshots (issue 14): five popup views at 1280×800, light theme, each framed at
 * the popup's own width on a calm page with one line saying what it shows. Writes
 * artifacts/store/<n>-<view>.png for the Chrome Web Store and addons.mozilla.org.
 * `npm run screenshots` takes them of dist/ after the popup's own set; of the packaged build,
 * after `npm run package` (which builds into artifacts/dist):
 *   TEND_DIST=artifacts/dist node scripts/run-ts.mjs scripts/store-screenshots.ts
 *
 * The use is made the honest way, as scripts/screenshots.ts does: nudges come due on the
 * real alarm and are answered through the popup's commands; people and journal entries go
 * in through the commands and the journal core, then are dated back as if days had passed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { addEntry } from '../src/journal/entries.ts';
import { EMPTY_JOURNAL, type JournalSlice } from '../src/journal/schema.ts';
import { seeded } from '../src/random.ts';
import { DEFAULT_SETTINGS } from '../src/settings/defaults.ts';
import { launchTend, waitFor, type Tend } from './harness/tend.ts';
import { bringNudgeDue, command, nudgeState, useTestSettings, type NudgeState } from './harness/scenario.ts';

const OUT = resolve('artifacts', 'store');
const STORE_SIZE = { width: 1280, height: 800 };
const POPUP_SIZE = { width: 380, height: 600 };
/** The popup is drawn at twice its pixels and shown 1.2× larger, so it stays sharp and readable. */
const PIXEL_RATIO = 2;
const SHOWN_SCALE = 1.2;
const DAY = 86_400_000;
const HOUR = 3_600_000;

interface Shot {
  readonly view: 'now' | 'people' | 'journal' | 'log' | 'settings';
  readonly title: string;
  readonly line: string;
}

/** In store order: the first is the one a store shows on its own. */
const SHOTS: readonly Shot[] = [
  { view: 'now', title: 'A small nudge, when it fits your day', line: 'Reach out, move, breathe or name a feeling — with why it helps and how to do it.' },
  { view: 'people', title: 'Keep the people in your corner close', line: 'Say how often you’d like to be in touch; Tend names who might like a hello.' },
  { view: 'journal', title: 'Put a feeling into words', line: 'Pick a word or two, add a line if you like, and see what seems to help you.' },
  { view: 'log', title: 'Your week at a glance', line: 'What you did, saved for later or skipped — Tend learns a little from it.' },
  { view: 'settings', title: 'Quiet when you need it', line: 'Pause for an hour or the day, choose your hours. No account, no tracking: it all stays on your device.' },
];

/** What the person does with each nudge over a few days, oldest first. */
const ANSWERS = ['done', 'skip', 'done', 'done', 'snooze', 'done', 'skip', 'done'] as const;

/** Two weeks of journal check-ins, written through the journal core as the worker would. */
function twoWeeksOfEntries(now: number): JournalSlice {
  const days: readonly (readonly [readonly string[], string?])[] = [
    [['tired', 'hopeful'], 'Slow start, but the walk at lunch helped.'],
    [['calm']],
    [['grateful', 'connected'], 'Long call with Mum.'],
    [['stressed'], 'Deadline tomorrow. Breathing helped a bit.'],
    [['content', 'relaxed']],
    [['proud'], 'Finished the draft!'],
  ];
  const random = seeded(14);
  let journal = EMPTY_JOURNAL;
  for (let day = 13; day >= 1; day--) {
    if (day % 4 === 2) continue;
    const [words, text] = days[day % days.length] ?? [['calm']];
    const added = addEntry(journal, text === undefined ? { words } : { words, text }, now - day * DAY - 3 * HOUR, random);
    if (!added.ok) throw new Error(added.code);
    journal = added.slice;
  }
  return journal;
}

async function answerAFewDays(tend: Tend): Promise<void> {
  const shown = (s: NudgeState) => s.log.filter((e) => e.type === 'shown').length;
  for (const answer of ANSWERS) {
    const before = shown(await nudgeState(tend));
    await bringNudgeDue(tend, 300, 13);
    const state = await waitFor('a nudge on offer', async () => {
      const s = await nudgeState(tend);
      return shown(s) > before && s.current?.notified && s.current.snoozedUntil === null ? s : null;
    });
    await command(tend, answer, { nudgeId: state.current?.id ?? '' });
  }
}

async function addPeople(tend: Tend): Promise<void> {
  await command(tend, 'addPerson', { name: 'Sam', rhythmDays: 7, howToReach: 'voice note after 6', nextTime: 'ask how the new job is going' });
  await command(tend, 'addPerson', { name: 'Grandma Rosa', rhythmDays: 30, howToReach: 'call on Sunday mornings' });
  await command(tend, 'addPerson', { name: 'Noor', rhythmDays: 14, howToReach: 'coffee near work' });
  // As if time had passed: Sam not heard from in ten days, Rosa called last week, Noor yesterday.
  await tend.inWorker(async (day) => {
    type P = { name: string; addedAt: number; contacts: { at: number }[] };
    const slice = (await chrome.storage.local.get('people')).people as { version: 1; people: P[] };
    const now = Date.now();
    const ago = { Sam: 10, 'Grandma Rosa': 8, Noor: 1 } as Record<string, number>;
    const people = slice.people.map((p): P => ({ ...p, addedAt: now - 40 * day, contacts: [{ at: now - (ago[p.name] ?? 1) * day }] }));
    await chrome.storage.local.set({ people: { ...slice, people } });
  }, DAY);
}

/** Starts a reach-out; its line is drawn at random, so again until the drawn one names a person. */
async function startNamingSomeone(tend: Tend): Promise<void> {
  await waitFor('a reach-out naming someone', async () => {
    await command(tend, 'start', { strategyId: 'connect-check-in' });
    return tend.inWorker(async () => ((await chrome.storage.local.get('current')).current as { personId?: string } | null)?.personId);
  });
}

/** The popup's view as a PNG at PIXEL_RATIO, as the toolbar would show it. */
async function popupImage(tend: Tend, view: Shot['view']): Promise<Buffer> {
  const page = await tend.context.newPage();
  try {
    await page.setViewportSize(POPUP_SIZE);
    const cdp = await tend.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...POPUP_SIZE, deviceScaleFactor: PIXEL_RATIO, mobile: false });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`chrome-extension://${tend.extensionId}/popup/popup.html?view=${view}`);
    await page.locator('[role=tabpanel]:not([hidden]) h1').first().waitFor();
    if (view === 'journal') {
      await page.getByRole('button', { name: 'hopeful', exact: true }).click();
      await page.getByRole('button', { name: 'tired', exact: true }).click();
      await page.getByRole('textbox').first().fill('Slow morning, but the walk at lunch helped.');
    }
    // The focus ring of a click is not part of the picture, nor the scroll it caused.
    await page.evaluate(() => { (document.activeElement as HTMLElement | null)?.blur(); window.scrollTo(0, 0); });
    return await page.screenshot();
  } finally {
    await page.close();
  }
}

const dataUrl = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The store picture: the caption on the left, the popup framed on the right, centred as one. */
function storePage(shot: Shot, popup: Buffer, icon: Buffer): string {
  const width = POPUP_SIZE.width * SHOWN_SCALE;
  const height = POPUP_SIZE.height * SHOWN_SCALE;
  return `<!doctype html><meta charset="utf-8"><style>
    html, body { margin: 0; width: ${STORE_SIZE.width}px; height: ${STORE_SIZE.height}px; overflow: hidden; }
    body { display: flex; align-items: center; justify-content: center; gap: 72px;
      background: radial-gradient(120% 90% at 20% 10%, #eaf4ef 0%, #f5f7f2 45%, #fbf6ee 100%);
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1f2a24; }
    .caption { width: 480px; }
    .brand { display: flex; align-items: center; gap: 12px; font-size: 26px; font-weight: 700; color: #2f7d62; margin-bottom: 36px; }
    .brand img { width: 44px; height: 44px; }
    h1 { font-size: 42px; line-height: 1.15; margin: 0 0 22px; letter-spacing: -0.01em; }
    p { font-size: 23px; line-height: 1.45; margin: 0; color: #56635c; }
    .frame { width: ${width}px; height: ${height}px; border-radius: 16px; overflow: hidden; background: #fbfaf7;
      box-shadow: 0 28px 64px rgba(31, 42, 36, 0.16), 0 2px 8px rgba(31, 42, 36, 0.08); }
    .frame img { display: block; width: 100%; height: 100%; }
  </style>
  <div class="caption">
    <div class="brand"><img src="${dataUrl(icon)}" alt="">Tend</div>
    <h1>${escape(shot.title)}</h1>
    <p>${escape(shot.line)}</p>
  </div>
  <div class="frame"><img src="${dataUrl(popup)}" alt=""></div>`;
}

async function main(): Promise<void> {
  const tend = await launchTend();
  try {
    await useTestSettings(tend);
    await answerAFewDays(tend);
    // After the answers, so a Done on a reach-out cannot have counted as Sam's hello.
    await addPeople(tend);
    await tend.inWorker(async (journal) => { await chrome.storage.local.set({ journal }); }, twoWeeksOfEntries(Date.now()));
    // Last, the nudge on Now: a reach-out naming whoever is most overdue; and the settings
    // a new user starts with, not the tests' all-day hours.
    await startNamingSomeone(tend);
    await useTestSettings(tend, DEFAULT_SETTINGS);

    mkdirSync(OUT, { recursive: true });
    const icon = readFileSync('icons/icon-128.png');
    const canvas = await tend.context.newPage();
    await canvas.setViewportSize(STORE_SIZE);
    await canvas.emulateMedia({ colorScheme: 'light' });
    for (const [i, shot] of SHOTS.entries()) {
      const popup = await popupImage(tend, shot.view);
      await canvas.setContent(storePage(shot, popup, icon));
      await canvas.evaluate(() => Promise.all(Array.from(document.images, (img) => img.decode())));
      const path = join(OUT, `${i + 1}-${shot.view}.png`);
      await canvas.screenshot({ path });
      console.log(path);
    }
    await canvas.close();
  } finally {
    await tend.dispose();
  }
}

await main();
