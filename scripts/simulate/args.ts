/** Command-line options of `npm run simulate`. */
import { isValidTimeZone } from '../../src/time/zone.ts';

export interface CliOptions {
  readonly days: number;
  readonly timeZone: string;
  readonly seed: number;
  readonly settingsFile: string | null;
  readonly eventsFile: string | null;
  /** Local date the simulation starts on, at 00:00. */
  readonly start: string;
  readonly summaryOnly: boolean;
  readonly help: boolean;
}

export const USAGE = `usage: npm run simulate -- [--days 365] [--tz Europe/Berlin] [--seed 7]
                        [--settings file.json] [--events file.json]
                        [--start 2025-01-01] [--summary]
Runs Tend's scheduler and picker over simulated time and prints one JSON object:
{ nudges, actions, summary }. --summary prints only the summary. See docs/simulate.md.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts = {
    days: 365,
    timeZone: 'Europe/Berlin',
    seed: 1,
    settingsFile: null as string | null,
    eventsFile: null as string | null,
    start: '2025-01-01',
    summaryOnly: false,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--days':
        opts.days = Number(value());
        if (!Number.isInteger(opts.days) || opts.days < 1 || opts.days > 3660) throw new Error('--days: expected 1 to 3660');
        break;
      case '--tz':
        opts.timeZone = value();
        if (!isValidTimeZone(opts.timeZone)) throw new Error(`--tz: unknown time zone ${opts.timeZone}`);
        break;
      case '--seed':
        opts.seed = Number(value());
        if (!Number.isInteger(opts.seed)) throw new Error('--seed: expected a whole number');
        break;
      case '--settings':
        opts.settingsFile = value();
        break;
      case '--events':
        opts.eventsFile = value();
        break;
      case '--start':
        opts.start = value();
        if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.start)) throw new Error('--start: expected a date like 2025-01-01');
        break;
      case '--summary':
        opts.summaryOnly = true;
        break;
      case '--help':
      case '-h':
        opts.help = true;
        break;
      default:
        throw new Error(`unknown option ${flag}`);
    }
  }
  return opts;
}
