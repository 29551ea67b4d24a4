/**
 * `npm run bench`: the timing budgets of DESIGN.md, measured (timings never go in tests;
 * sizes do, in tests/build). Prints one JSON object:
 * - build: the full build (both browsers), median of several runs, ms
 * - core: one scheduling decision and one pick with a year of log (scripts/bench-core.ts)
 * - popup: in real Chromium with a year of history stored, from the popup's script
 *   starting to the frame that paints the nudge (the design's one-frame budget), from its
 *   HTML arriving to that frame, and from opening the page to the heading, ms (median)
 * - delivery: from the alarm's moment to the notification existing, ms (median)
 * - rhythm: a simulated year with default settings: nudges and worker wake-ups per day,
 *   stored bytes
 */
import { execFileSync } from 'node:child_process';
import { bringNudgeDue, useTestSettings } from './harness/scenario.ts';
import { launchTend, waitFor, type Tend } from './harness/tend.ts';
import { DEFAULT_SETTINGS } from '../src/settings/defaults.ts';
import { STRATEGIES } from '../src/strategies/index.ts';
import { simulate } from './simulate/engine.ts';

const RUNS = 7;

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 10) / 10;
};

function node(args: readonly string[]): string {
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function benchBuild(): { medianMs: number; runs: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    node(['scripts/build.mjs', '--quiet']);
    times.push(performance.now() - started);
  }
  return { medianMs: median(times), runs: RUNS };
}

function benchCore(): unknown {
  return JSON.parse(node(['scripts/run-ts.mjs', 'scripts/bench-core.ts'])) as unknown;
}

function benchRhythm(): unknown {
  const out = JSON.parse(node(['scripts/run-ts.mjs', 'scripts/simulate.ts', '--days', '365', '--tz', 'Europe/Berlin', '--seed', '7'])) as {
    summary: { perDay?: unknown; gapMinutes?: unknown; wakes?: unknown; log?: unknown };
  };
  const { perDay, gapMinutes, wakes, log } = out.summary;
  return { zone: 'Europe/Berlin', perDay, gapMinutes, wakes, log };
}

/**
 * A year of real use in the browser's storage: the history the core wrote over a simulated
 * year ending now (bounded to about six months, some 150 KB), so the popup and the worker
 * are measured with what a long-time user has, not a fresh profile's empty log.
 */
async function seedYearOfHistory(tend: Tend): Promise<number> {
  const days = 365;
  const year = simulate({
    start: Date.now() - days * 86_400_000, days, timeZone: 'Europe/Berlin', seed: 7, settings: DEFAULT_SETTINGS, strategies: STRATEGIES,
  });
  const log = year.log.filter((e) => e.at < Date.now());
  await tend.inWorker(async (events) => {
    await chrome.storage.local.set({ log: events });
  }, log);
  return log.length;
}

async function benchBrowser(): Promise<{ popup: unknown; delivery: unknown }> {
  const tend = await launchTend();
  try {
    await useTestSettings(tend);
    const historyEvents = await seedYearOfHistory(tend);
    const delivery: number[] = [];
    for (let i = 0; i < 5; i++) {
      const before = (await tend.inWorker(() => chrome.storage.local.get('current'))) as { current?: { id: string } };
      await bringNudgeDue(tend, 300);
      const due = (await tend.inWorker(() => chrome.alarms.get('nudge')))?.scheduledTime ?? NaN;
      const seenAt = await waitFor('a new notification', () =>
        tend.inWorker(async (previous) => {
          const { current } = (await chrome.storage.local.get('current')) as { current?: { id: string } };
          if (!current || current.id === previous) return 0;
          const all = await chrome.notifications.getAll();
          return `tend-nudge:${current.id}` in all ? Date.now() : 0;
        }, before.current?.id ?? ''),
      );
      delivery.push(seenAt - due);
    }

    const paint: number[] = [];
    const content: number[] = [];
    const fromHtml: number[] = [];
    const render: number[] = [];
    // The address the toolbar button opens (the worker names the waiting nudge's kind in it).
    const address = await tend.inWorker(() => chrome.action.getPopup({}));
    for (let i = 0; i < RUNS; i++) {
      const page = await tend.context.newPage();
      await page.goto(address);
      // popup.tsx marks its script's start and the frame that paints the nudge.
      const timing = await waitFor('the popup to paint its nudge', () =>
        page.evaluate(() => {
          const [painted] = performance.getEntriesByName('tend:painted');
          const [started] = performance.getEntriesByName('tend:script-start');
          const [rendered] = performance.getEntriesByName('tend:rendered');
          const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
          if (!painted || !started || !rendered || !nav) return null;
          return { started: started.startTime, rendered: rendered.startTime, painted: painted.startTime, htmlArrived: nav.responseEnd };
        }),
      );
      paint.push(timing.painted - timing.started);
      render.push(timing.rendered - timing.started);
      fromHtml.push(timing.painted - timing.htmlArrived);
      await page.close();
    }
    for (let i = 0; i < RUNS; i++) {
      const page = await tend.context.newPage();
      const started = Date.now();
      await page.goto(address, { waitUntil: 'commit' });
      await page.locator('h1').first().waitFor();
      content.push(Date.now() - started);
      await page.close();
    }
    return {
      popup: {
        scriptStartToRenderedNudgeMs: median(render),
        scriptStartToPaintedNudgeMs: median(paint),
        htmlToPaintedNudgeMs: median(fromHtml),
        openToHeadingMs: median(content),
        historyEvents,
        runs: RUNS,
      },
      delivery: { alarmToNotificationMs: median(delivery), samplesMs: delivery.map((d) => Math.round(d)) },
    };
  } finally {
    await tend.dispose();
  }
}

// `npm run bench -- --only browser` (or build, core, rhythm) runs one part, e.g. to repeat it.
const only = process.argv[process.argv.indexOf('--only') + 1];
const wanted = (part: string): boolean => !process.argv.includes('--only') || only === part;
const result = {
  ...(wanted('build') ? { build: benchBuild() } : {}),
  ...(wanted('core') ? { core: benchCore() } : {}),
  ...(wanted('rhythm') ? { rhythm: benchRhythm() } : {}),
  ...(wanted('browser') ? await benchBrowser() : {}),
};
console.log(JSON.stringify(result, null, 2));
