/**
 * `node scripts/run-ts.mjs scripts/bench-core.ts`: how fast the core decides with a full
 * year of history, and how much a year of it takes in storage. Prints one JSON object
 * (scripts/bench.mjs collects it). DESIGN.md's budgets: well under 1 ms per decision; a
 * year of default use under 512 KB of storage.
 *
 * The year is a simulated one (scripts/simulate/engine.ts), so the log was written by the
 * real appendEvent, answers and snoozes included. Timings are per call, so the median and
 * p95 say what one worker wake costs, not an average hidden in a loop. The decisions get
 * what a wake reads in the stored layout (src/log/fold.ts): the log's last days and the
 * summary, the older events moved into monthly history.
 *
 *   --iterations N   timed calls per measure (default 2000)
 *   --tz ZONE        the simulated person's zone (default Europe/Berlin)
 */
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fold } from '../src/log/fold.ts';
import { EMPTY_SUMMARY } from '../src/log/summary.ts';
import { pick } from '../src/pick/pick.ts';
import { seeded } from '../src/random.ts';
import type { ScheduleState } from '../src/schedule/state.ts';
import { wake } from '../src/schedule/wake.ts';
import { DEFAULT_SETTINGS } from '../src/settings/defaults.ts';
import { CATALOG } from '../src/strategies/catalog.ts';
import { STRATEGIES } from '../src/strategies/index.ts';
import { localToEpoch } from '../src/time/local-to-epoch.ts';
import { isValidTimeZone } from '../src/time/zone.ts';
import { samplePeople, simulate } from './simulate/engine.ts';

const DAY_MS = 86_400_000;
const DECISION_BUDGET_US = 1000;
const STORAGE_BUDGET_BYTES = 512 * 1024;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Median and 95th percentile of single-call timings, in µs. */
function timeEach(iterations: number, call: (i: number) => unknown): { medianUs: number; p95Us: number; maxUs: number } {
  const warmup = Math.min(200, iterations);
  for (let i = 0; i < warmup; i++) call(i);
  const us: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    call(i);
    us.push((performance.now() - t0) * 1000);
  }
  us.sort((a, b) => a - b);
  const at = (p: number): number => us[Math.min(us.length - 1, Math.ceil(p * us.length) - 1)] ?? NaN;
  return { medianUs: round(at(0.5)), p95Us: round(at(0.95)), maxUs: round(us[us.length - 1] ?? NaN) };
}

function main(): void {
  const iterations = Number(option('--iterations', '2000'));
  const timeZone = option('--tz', 'Europe/Berlin');
  if (!Number.isInteger(iterations) || iterations < 1) throw new Error('--iterations: expected a whole number');
  if (!isValidTimeZone(timeZone)) throw new Error(`--tz: unknown time zone ${timeZone}`);

  const start = localToEpoch({ year: 2025, month: 1, day: 1 }, 0, timeZone);
  const simStarted = performance.now();
  const year = simulate({ start, days: 365, timeZone, seed: 7, settings: DEFAULT_SETTINGS, strategies: STRATEGIES });
  const simulateMs = performance.now() - simStarted;
  const { state } = year;
  const nextDue = state.dueAt ?? year.end;
  // What a wake has after a year: the last days in the log, the rest moved into monthly
  // history (src/log/fold.ts), what the picker needs of it in the summary.
  const folded = fold(year.log, EMPTY_SUMMARY, {}, nextDue);
  const { log, summary } = folded;

  // A due nudge with the whole year behind it: the heaviest ordinary wake (it checks the
  // cap and gap, shows, and plans the next one). Each call is on a different day, so the
  // zone math is not just served from the small memo.
  const decision = timeEach(iterations, (i) => {
    const now = nextDue + (i % 60) * DAY_MS;
    const due: ScheduleState = { ...state, dueAt: now };
    return wake({
      settings: DEFAULT_SETTINGS, state: due, log, now, timeZone, random: seeded(i), reason: 'alarm',
      holds: { idle: false, fullscreen: false, audible: false },
    });
  });
  // Woken early (a startup, an idle change): the common case, cheap by design.
  const waiting = timeEach(iterations, (i) =>
    wake({
      settings: DEFAULT_SETTINGS, state, log, now: nextDue - 60_000, timeZone, random: seeded(i), reason: 'startup',
      holds: { idle: false, fullscreen: false, audible: false },
    }),
  );
  const picked = timeEach(iterations, (i) =>
    pick({ strategies: CATALOG, settings: DEFAULT_SETTINGS, log, summary, people: samplePeople(start), now: nextDue, timeZone, random: seeded(i) }),
  );

  const bytes = (x: unknown): { json: number; gzip: number } => {
    const text = JSON.stringify(x);
    return { json: text.length, gzip: gzipSync(text).length };
  };
  const wakeReads = { settings: DEFAULT_SETTINGS, schedule: state, log, logSummary: summary };
  const stored = { ...wakeReads, ...folded.history };
  const total = bytes(stored);

  console.log(
    JSON.stringify(
      {
        timeZone,
        days: 365,
        simulateMs: round(simulateMs, 0),
        year: { nudges: year.nudges.filter((n) => !n.again).length, snoozedShownAgain: year.nudges.filter((n) => n.again).length, logEvents: year.log.length, recentEvents: log.length },
        decision: { iterations, ...decision },
        waiting: { iterations, ...waiting },
        pick: { iterations, ...picked },
        storage: {
          oldLayoutLogBytes: bytes(year.log).json,
          logBytes: bytes(log).json,
          logSummaryBytes: bytes(summary).json,
          historyBytes: bytes(folded.history).json,
          wakeReadsBytes: bytes(wakeReads).json,
          scheduleBytes: bytes(state).json,
          settingsBytes: bytes(DEFAULT_SETTINGS).json,
          totalBytes: total.json,
          totalGzipBytes: total.gzip,
        },
        budget: { decisionUs: DECISION_BUDGET_US, storageBytes: STORAGE_BUDGET_BYTES },
        withinBudget:
          decision.p95Us < DECISION_BUDGET_US && picked.p95Us < DECISION_BUDGET_US && total.json < STORAGE_BUDGET_BYTES,
      },
      null,
      2,
    ),
  );
}

main();
