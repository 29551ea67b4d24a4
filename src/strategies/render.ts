/**
 * Turns a strategy and a line number into the text of one notification. Pure: the caller
 * chooses the line (so repeats rotate) and, for reach-out lines, the person to name.
 */
import type { NudgeLine } from './types.ts';

/** Notification limits every line is written to (see NudgeLine in types.ts). */
export const TITLE_MAX = 40;
export const MESSAGE_MAX = 120;
/** A name never takes more than this many characters, whatever room the line leaves. */
export const NAME_MAX = 24;

const PLACEHOLDER = '{name}';
const ELLIPSIS = '…';

export interface RenderedNudge {
  readonly title: string;
  readonly message: string;
}

/**
 * The notification text for line `lineIndex` of `strategy` (wrapped modulo the number of
 * lines). With a non-blank `personName` and a line that has a `named` variant, `{name}` is
 * replaced by the name, inserted literally; otherwise the plain line is used.
 */
export function renderNudge(strategy: { readonly nudges: readonly NudgeLine[] }, lineIndex: number, personName?: string): RenderedNudge {
  const lines = strategy.nudges;
  const line = lines[wrap(lineIndex, lines.length)];
  if (line === undefined) return { title: '', message: '' };
  const name = cleanName(personName);
  if (line.named === undefined || name === '') return { title: line.title, message: line.message };
  const fitted = shorten(name, Math.min(NAME_MAX, room(line.named.title, TITLE_MAX), room(line.named.message, MESSAGE_MAX)));
  return { title: fill(line.named.title, fitted), message: fill(line.named.message, fitted) };
}

function wrap(index: number, count: number): number {
  if (count === 0 || !Number.isFinite(index)) return 0;
  const whole = Math.trunc(index);
  return ((whole % count) + count) % count;
}

/** Names are user text: one line, single spaces, no control characters. */
function cleanName(name: string | undefined): string {
  return (name ?? '').replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/** Characters one name may use so `template` stays within `limit` once filled. */
function room(template: string, limit: number): number {
  const count = template.split(PLACEHOLDER).length - 1;
  if (count === 0) return Number.POSITIVE_INFINITY;
  const fixed = length(template) - count * PLACEHOLDER.length;
  return Math.floor((limit - fixed) / count);
}

/** Counts code points, so an emoji in a name is never cut in half. */
function length(text: string): number {
  return Array.from(text).length;
}

function shorten(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  if (max <= 1) return ELLIPSIS;
  return chars.slice(0, max - 1).join('').trimEnd() + ELLIPSIS;
}

/** split/join rather than replace(), so `$&` and friends in a name stay literal. */
function fill(template: string, name: string): string {
  return template.split(PLACEHOLDER).join(name);
}
