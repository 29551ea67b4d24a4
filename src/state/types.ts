/**
 * Everything Tend keeps, as the slices stored under their own storage.local keys. One key
 * per slice, so a page re-renders only what changed and a write stays small.
 */
import type { FeltAnswer } from '../journal/felt.ts';
import type { JournalSlice } from '../journal/schema.ts';
import type { LogSummary } from '../log/summary.ts';
import type { LogEvent } from '../log/types.ts';
import type { PeopleSlice } from '../people/person.ts';
import type { ScheduleState } from '../schedule/state.ts';
import type { Settings } from '../settings/types.ts';
import type { Kind, Strategy } from '../strategies/types.ts';

/** The nudge on offer now: shown and not yet answered, or snoozed to come back. */
export interface CurrentNudge {
  /** Stable per nudge; also names its notification, so a repeat replaces, never stacks. */
  readonly id: string;
  readonly strategyId: string;
  /** Kept with the nudge so its log entries stay right even if a custom strategy is deleted. */
  readonly kind: Kind;
  readonly line: number;
  readonly personId?: string;
  readonly shownAt: number;
  /** The one catch-up after sleep or a closed browser. */
  readonly catchUp: boolean;
  /** The person asked for it (Another one, Start now, a test nudge): no notification needed. */
  readonly asked: boolean;
  /** The notification was shown. A claimed nudge without it is shown on the next wake. */
  readonly notified: boolean;
  /** "Later": it comes back at this moment; until then nothing is waiting. */
  readonly snoozedUntil: number | null;
}

/** Something the popup should tell the person once (e.g. that storage was repaired). */
export interface Notice {
  readonly id: string;
  readonly at: number;
  readonly message: string;
  /** The storage key of the unreadable copy this notice kept, which the popup offers as a file. */
  readonly backupKey?: string;
}

/** What the worker last learned about the browser's side of delivery. */
export interface Health {
  /** 'denied': notifications are blocked for Tend; the badge and popup still carry nudges. */
  readonly notifications: 'granted' | 'denied' | 'unknown';
  readonly checkedAt: number | null;
}

export interface State {
  readonly settings: Settings;
  readonly schedule: ScheduleState;
  /**
   * The last days of events (log/fold.ts): what a wake and the popup read. Older events live
   * in the monthly history (`history:2026-11`, outside State: read only to show or export it).
   */
  readonly log: readonly LogEvent[];
  /** What the picker keeps of the events that left the log (log/summary.ts). */
  readonly logSummary: LogSummary;
  readonly current: CurrentNudge | null;
  /** The person's own strategies, treated like any other. */
  readonly custom: readonly Strategy[];
  readonly notices: readonly Notice[];
  readonly health: Health;
  /** The feelings journal (issue 12): storage.local only, never synced, never read on a wake. */
  readonly journal: JournalSlice;
  /** After-Done answers ("How do you feel now?"), which the picker leans on; local only. */
  readonly felt: readonly FeltAnswer[];
  /** The people in the person's corner (issue 11): who reach-out nudges name; local only. */
  readonly people: PeopleSlice;
}

export type StateKey = keyof State;
export const STATE_KEYS = ['settings', 'schedule', 'log', 'logSummary', 'current', 'custom', 'notices', 'health', 'journal', 'felt', 'people'] as const satisfies readonly StateKey[];

/**
 * Everything but the journal: what a wake and every command but the journal's read, and what
 * the popup reads before its Journal view opens. The journal may be ~250 KB after a year, and
 * a nudge never needs it (issue 12).
 */
export const WITHOUT_JOURNAL: readonly StateKey[] = STATE_KEYS.filter((k) => k !== 'journal');
