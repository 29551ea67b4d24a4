/**
 * `npm run simulate`: a year of Tend on a virtual clock, for maintainers. It runs the
 * real core (settings, scheduler, picker, log) with the real strategy library.
 */
import { readFileSync } from 'node:fs';
import { parseSettings } from '../src/settings/parse.ts';
import { DEFAULT_SETTINGS } from '../src/settings/defaults.ts';
import type { Settings } from '../src/settings/types.ts';
import { STRATEGIES } from '../src/strategies/index.ts';
import { formatLocalIso } from '../src/time/format.ts';
import { localToEpoch } from '../src/time/local-to-epoch.ts';
import { parseArgs, USAGE } from './simulate/args.ts';
import { simulate } from './simulate/engine.ts';
import { parseEvents } from './simulate/events-file.ts';
import { summarize } from './simulate/summary.ts';

function main(argv: readonly string[]): number {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const [y, m, d] = opts.start.split('-').map(Number) as [number, number, number];
  const start = localToEpoch({ year: y, month: m, day: d }, 0, opts.timeZone);
  let settings: Settings = DEFAULT_SETTINGS;
  try {
    if (opts.settingsFile) {
      const parsed = parseSettings(JSON.parse(readFileSync(opts.settingsFile, 'utf8')));
      if (!parsed.ok) throw new Error(`${opts.settingsFile}: ${parsed.path || 'settings'}: ${parsed.code} (codes: src/settings/codes.ts)`);
      settings = parsed.value;
    }
    const faults = opts.eventsFile
      ? parseEvents(JSON.parse(readFileSync(opts.eventsFile, 'utf8')), start, opts.timeZone)
      : [];
    const result = simulate({
      start, days: opts.days, timeZone: opts.timeZone, seed: opts.seed, settings, strategies: STRATEGIES, faults,
    });
    const summary = { timeZone: opts.timeZone, seed: opts.seed, start: formatLocalIso(start, opts.timeZone), ...summarize(result, opts.timeZone) };
    if (opts.summaryOnly) {
      console.log(JSON.stringify(summary, null, 2));
      return 0;
    }
    const nudges = result.nudges.map((n) => ({
      at: formatLocalIso(n.at, n.timeZone),
      strategy: n.strategyId,
      kind: n.kind,
      ...(n.catchUp ? { catchUp: true } : {}),
      ...(n.again ? { again: true } : {}),
      ...(n.personId === undefined ? {} : { person: n.personId }),
    }));
    const actions = result.actions.map((a) => ({
      nudge: a.nudge,
      action: a.action,
      ...(a.at === null ? {} : { at: formatLocalIso(a.at, result.nudges[a.nudge]?.timeZone ?? opts.timeZone) }),
    }));
    // One record per line keeps a year greppable and diffable.
    const lines = (list: readonly unknown[]): string => list.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
    console.log(
      `{\n  "nudges": [\n${lines(nudges)}\n  ],\n  "actions": [\n${lines(actions)}\n  ],\n` +
        `  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}`,
    );
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
