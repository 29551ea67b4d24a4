/**
 * What kind of warm phrase to show about someone, as data the popup words through i18n
 * (and `Intl.RelativeTimeFormat`), so the core holds no English. Never a count of failure:
 * these name how long it has been and whether a hello would be welcome, never that a
 * rhythm was broken (issue 11; the `friends` CLI renamed its command for friends you have
 * lost touch with to "reconnect" for the same reason, JacobEvelyn/friends#247). Pure: no DOM.
 */
import { daysBetween, localDateOf } from '../time/local-date.ts';
import { presetOf, type RhythmPreset } from './limits.ts';
import { isPaused, isRecentlyContacted, lastContact, ratio } from './order.ts';
import type { Person } from './person.ts';

/** A span in the unit a person would say it in; the popup passes `-count` to Intl.RelativeTimeFormat. */
export interface Since {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** Whole units, rounded down ("3 weeks ago" from 21 to 27 days); 0 days is "today". */
  readonly count: number;
}

/** A month and a year in days, on average over the Gregorian calendar. */
const MONTH_DAYS = 30.436875;
const YEAR_DAYS = 365.2425;

/**
 * "Last in touch 3 weeks ago": counted in calendar days of the person's zone (a contact late
 * yesterday is "yesterday" this morning, though not 24 hours ago), then said in the largest
 * unit that fits — days under a week, weeks under 30 days, months under a year, then years.
 * A moment after `now` (a clock that ran ahead) reads as today.
 */
export function sinceWords(at: number, now: number, timeZone: string): Since {
  const days = Math.max(0, daysBetween(localDateOf(at, timeZone), localDateOf(now, timeZone)));
  if (days < 7) return { unit: 'day', count: days };
  if (days < 30) return { unit: 'week', count: Math.floor(days / 7) };
  if (days < 365) return { unit: 'month', count: Math.min(11, Math.max(1, Math.floor(days / MONTH_DAYS))) };
  return { unit: 'year', count: Math.max(1, Math.floor(days / YEAR_DAYS)) };
}

/** How the popup says a rhythm: a preset's own words, or "every N days". */
export type RhythmWords =
  | { readonly kind: 'preset'; readonly preset: RhythmPreset }
  | { readonly kind: 'days'; readonly count: number };

export function rhythmWords(rhythmDays: number): RhythmWords {
  const preset = presetOf(rhythmDays);
  return preset === null ? { kind: 'days', count: rhythmDays } : { kind: 'preset', preset };
}

/**
 * Where someone stands, for the tone of their line in the list:
 * - `paused`: "not for now" (the popup may show until when);
 * - `justInTouch`: in touch within the last two days;
 * - `inRhythm`: their rhythm has not come round yet;
 * - `wouldWelcomeHello`: past their rhythm — "It's been a while — Sam might like to hear
 *   from you." A gentle invitation, never a warning colour or a count.
 */
export type Standing = 'paused' | 'justInTouch' | 'inRhythm' | 'wouldWelcomeHello';

export function standingOf(person: Person, now: number): Standing {
  if (isPaused(person, now)) return 'paused';
  if (isRecentlyContacted(person, now)) return 'justInTouch';
  return ratio(person, now) >= 1 ? 'wouldWelcomeHello' : 'inRhythm';
}

/** Everything one line of the People list says about a person, as data. */
export interface PersonWords {
  readonly standing: Standing;
  readonly since: Since;
  readonly rhythm: RhythmWords;
}

export function personWords(person: Person, now: number, timeZone: string): PersonWords {
  return {
    standing: standingOf(person, now),
    since: sinceWords(lastContact(person), now, timeZone),
    rhythm: rhythmWords(person.rhythmDays),
  };
}
