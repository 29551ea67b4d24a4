/**
 * What a person can tune. Plain JSON data: the worker keeps it in storage.local and the
 * export file carries it as is. Validated by `SettingsSchema`, built from `DEFAULT_SETTINGS`.
 */
import type { Kind } from '../strategies/types.ts';
import type { Weekday } from '../time/local-date.ts';

/** Local wall-clock times "HH:MM". When `end` is earlier than `start` the range crosses midnight. */
export interface TimeRange {
  readonly start: string;
  readonly end: string;
}

/** One list of ranges per weekday; an empty list means no nudges that day. */
export type ActiveHours = Readonly<Record<Weekday, readonly TimeRange[]>>;

export interface KindPreference {
  readonly enabled: boolean;
  /** How much of this kind relative to the others: 1 is even, 2 twice as often. */
  readonly weight: number;
}

/** A moment (ms since 1970) or until the person resumes. "Rest of today" is a moment. */
export interface Pause {
  readonly until: number | 'resume';
}

export interface Holds {
  /** Hold while the machine is idle or locked. */
  readonly idle: boolean;
  /** Hold while a window is fullscreen (a film, a presentation, a game). */
  readonly fullscreen: boolean;
  /** Hold while a tab is playing audio (a call, music). */
  readonly audio: boolean;
}

export interface NotificationStyle {
  readonly silent: boolean;
  /** Keep the notification on screen until the person acts on it. */
  readonly requireInteraction: boolean;
}

export interface Settings {
  readonly version: number;
  /** Average minutes between nudges (30–480). */
  readonly intervalMinutes: number;
  /** Random spread around the interval, as a fraction (0–0.5): 0.4 → gaps of 60 %–140 %. */
  readonly spread: number;
  readonly activeHours: ActiveHours;
  /** At most this many nudges per local day. */
  readonly dailyCap: number;
  /** Never two nudges closer than this; at most the interval. */
  readonly minGapMinutes: number;
  readonly kinds: Readonly<Record<Kind, KindPreference>>;
  readonly pause: Pause | null;
  /** "Later" shows the same nudge again after this many minutes. */
  readonly snoozeMinutes: number;
  readonly holds: Holds;
  readonly notifications: NotificationStyle;
  /** After Done, ask "How do you feel now?" (one optional tap; issue 12). */
  readonly askFelt: boolean;
}
