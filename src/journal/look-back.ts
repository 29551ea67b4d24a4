/**
 * Looking back over the journal: what the Journal view shows under the check-in. Days are
 * the person's local calendar days (src/time), so a week that crosses a DST change still
 * has seven of them and an entry at 00:30 never slips into the day before.
 *
 * Deliberately descriptive: counts of what was written, never a score, a streak or a
 * "missed days" figure (issue 12). A week with no entries is simply an empty list or zeros,
 * which the view words kindly.
 */
import { addDays, dateKey, localDateOf } from '../time/local-date.ts';
import type { Entry } from './schema.ts';
import { FAMILIES, FEELING_IDS, familyOf, type Family, type FeelingId } from './vocabulary.ts';

const DAY_MS = 86_400_000;

const newestFirst = (a: Entry, b: Entry): number => b.at - a.at || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The keys ("2025-03-30") of the last `days` local days, oldest first, today last. */
function dayKeys(now: number, timeZone: string, days: number): string[] {
  const today = localDateOf(now, timeZone);
  return Array.from({ length: days }, (_, i) => dateKey(addDays(today, i - days + 1)));
}

/**
 * Entries written on the last seven local days (today and the six before), newest first.
 * Counted in calendar days, not 168 hours, so across a DST change the first day is whole.
 */
export function lastWeek(entries: readonly Entry[], now: number, timeZone: string): Entry[] {
  const keys = new Set(dayKeys(now, timeZone, 7));
  // A cheap bound first (a week is at most 7 × 25 h): most of a year's entries never reach
  // the formatter.
  const from = now - 8 * DAY_MS;
  return entries
    .filter((e) => e.at >= from && keys.has(dateKey(localDateOf(e.at, timeZone))))
    .sort(newestFirst);
}

/** One week of the families chart. */
export interface FamilyWeek {
  /** First and last local day of the week, "2025-03-24" and "2025-03-30". */
  readonly from: string;
  readonly to: string;
  /** Entries that named at least one word of each family. */
  readonly families: Readonly<Record<Family, number>>;
  /** Entries written that week (a mixed entry counts once here, once per family above). */
  readonly entries: number;
}

const zeroFamilies = (): Record<Family, number> =>
  Object.fromEntries(FAMILIES.map((f) => [f, 0])) as Record<Family, number>;

/**
 * Over the last `weeks` weeks (1 to 52), which families came up, oldest week first: the
 * small inline chart. Weeks are runs of seven local days ending today, so the last one is
 * exactly `lastWeek`, whatever weekday the person's locale starts a week on.
 *
 * An entry counts once for each family it touched, however many of its words fall in it:
 * six anxious-side words are one anxious moment, not six.
 */
export function familiesOverWeeks(
  entries: readonly Entry[],
  now: number,
  timeZone: string,
  weeks = 4,
): FamilyWeek[] {
  const count = Math.min(52, Math.max(1, Math.floor(weeks) || 1));
  const keys = dayKeys(now, timeZone, count * 7);
  const weekOf = new Map(keys.map((k, i) => [k, Math.floor(i / 7)]));
  const rows = Array.from({ length: count }, () => ({ families: zeroFamilies(), entries: 0 }));
  const from = now - (count * 7 + 1) * DAY_MS;
  for (const e of entries) {
    if (e.at < from) continue;
    const week = weekOf.get(dateKey(localDateOf(e.at, timeZone)));
    const row = week === undefined ? undefined : rows[week];
    if (!row) continue;
    row.entries++;
    const seen = new Set<Family>();
    for (const w of e.words) {
      const family = familyOf(w);
      if (family) seen.add(family);
    }
    for (const family of seen) row.families[family]++;
  }
  return rows.map((row, i) => ({
    from: keys[i * 7] ?? '',
    to: keys[i * 7 + 6] ?? '',
    families: row.families,
    entries: row.entries,
  }));
}

export interface WordCount {
  readonly id: FeelingId;
  readonly count: number;
}

const ORDER: ReadonlyMap<string, number> = new Map(FEELING_IDS.map((id, i) => [id, i]));

/**
 * The `n` words used most over the last `days` days (28: the chart's four weeks), most
 * first; ties in the vocabulary's order, so the list does not shuffle between renders.
 * Only words used at least once.
 */
export function wordsUsedMost(entries: readonly Entry[], now: number, n = 5, days = 28): WordCount[] {
  const from = now - days * DAY_MS;
  const counts = new Map<FeelingId, number>();
  for (const e of entries) {
    if (e.at < from) continue;
    for (const w of e.words) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (ORDER.get(a.id) ?? 0) - (ORDER.get(b.id) ?? 0))
    .slice(0, Math.max(0, Math.floor(n)));
}
