import type { LogEvent } from '../log/types.ts';
import type { Random } from '../random.ts';
import type { Settings } from '../settings/types.ts';
import type { ScheduleState } from './state.ts';

export type WakeReason =
  | 'alarm'
  | 'startup'
  | 'installed'
  | 'idle-changed'
  | 'settings-changed'
  | 'command';

/** What the browser says right now; the settings decide which of these hold a nudge. */
export interface HoldSignals {
  /** Idle or locked. */
  readonly idle: boolean;
  readonly fullscreen: boolean;
  readonly audible: boolean;
}

export interface WakeInput {
  readonly settings: Settings;
  readonly state: ScheduleState;
  readonly log: readonly LogEvent[];
  readonly now: number;
  readonly timeZone: string;
  /** Uniform in [0, 1). */
  readonly random: Random;
  readonly holds: HoldSignals;
  readonly reason: WakeReason;
}

export interface Show {
  /** Shown late, as the one catch-up after sleep or lost alarms. */
  readonly catchUp: boolean;
  /** Show the snoozed nudge again (same strategy), not a new pick. */
  readonly again: boolean;
}

export interface WakeResult {
  /** Save this before acting on `show`: it already counts the nudge as shown. */
  readonly state: ScheduleState;
  readonly show: Show | null;
  /** The one alarm to set; null when nothing is planned (paused until resumed, no active hours). */
  readonly alarmAt: number | null;
  /** Why, in plain words, for the worker's debug log. */
  readonly why: string;
}
