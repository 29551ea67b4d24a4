/**
 * The default kind mix (issue 15), as the simulator's summary reports it for 90 days with
 * the CLI's own defaults (`npm run simulate -- --days 90 --summary`): reaching out,
 * community and gratitude together at least 35 %, professional help at most 4 %, no kind
 * above 20 %. Seeded, so the run is the same every time; src/settings/defaults.ts says how
 * the weights were chosen.
 */
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/simulate/args.ts';
import { simulate } from '../../scripts/simulate/engine.ts';
import { summarize } from '../../scripts/simulate/summary.ts';
import { DEFAULT_SETTINGS } from '../../src/settings/defaults.ts';
import { STRATEGIES } from '../../src/strategies/index.ts';
import { KINDS } from '../../src/strategies/types.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';

function defaultMix() {
  const opts = parseArgs(['--days', '90', '--summary']);
  const [year, month, day] = opts.start.split('-').map(Number) as [number, number, number];
  const start = localToEpoch({ year, month, day }, 0, opts.timeZone);
  const run = simulate({ start, days: opts.days, timeZone: opts.timeZone, seed: opts.seed, settings: DEFAULT_SETTINGS, strategies: STRATEGIES });
  return summarize(run, opts.timeZone);
}

describe('the default kind mix over a simulated 90 days', () => {
  const summary = defaultMix();
  const mix = summary.kindMix;

  it('the summary reports each kind as a share of the nudges, adding up to the whole', () => {
    expect(Object.keys(mix).sort()).toEqual([...KINDS].sort());
    for (const kind of KINDS) expect(mix[kind]).toBeCloseTo((summary.byKind[kind] / summary.nudges) * 100, 1);
    expect(KINDS.reduce((sum, k) => sum + mix[k], 0)).toBeCloseTo(100, 0);
  });

  it('reaching out, community and gratitude, the sources’ core idea, are at least 35 % together', () => {
    expect(mix.connect + mix.community + mix.gratitude).toBeGreaterThanOrEqual(35);
  });

  it('professional help is at most 4 %: in the library and at hand, not on a weekly timer', () => {
    expect(mix.professional).toBeLessThanOrEqual(4);
  });

  it('no kind is above 20 %', () => {
    for (const kind of KINDS) expect(mix[kind], kind).toBeLessThanOrEqual(20);
  });
});
