/**
 * A failed command in the person's words. The worker sends a code and a field path, never
 * prose (src/protocol.ts ErrorCode); each code is worded here once, for the whole page. A
 * page with fields words a code next to its field itself (popup/views/settings/check.ts)
 * and falls back on these words for anything it cannot place.
 */
import { CUSTOM_MAX, RANGES_A_DAY_MAX } from '../src/limits.ts';
import type { ErrorCode } from '../src/protocol.ts';
import { plural, t } from '../ui/i18n.ts';
import { formatClock } from './views/settings/words.ts';

const WORDS = {
  'nothing-enabled': () => t('errorNothingEnabled'),
  'strategy-gone': () => t('errorStrategyGone'),
  'custom-limit': () => plural('errorCustomLimit', CUSTOM_MAX),
  missing: () => t('settings_error_missing'),
  wrongType: () => t('settings_error_wrongType'),
  notWhole: () => t('settings_error_wrongType'),
  outOfRange: () => t('settings_error_outOfRange'),
  badTime: () => t('settings_errorTime', formatClock('09:00', 'input')),
  sameTime: () => t('settings_errorSameTime', [formatClock('22:00', 'input'), formatClock('02:00', 'input')]),
  tooMany: () => plural('settings_error_tooMany', RANGES_A_DAY_MAX),
  // Worded with the interval where the settings are at hand (check.ts).
  gapOverInterval: () => t('settings_error_outOfRange'),
  noKind: () => t('settings_errorNoKinds'),
  badVersion: () => t('settings_error_version'),
  newerVersion: () => t('settings_error_version'),
  'no-reply': () => t('error_noReply'),
  'bad-command': () => t('error_badCommand'),
  'bad-payload': () => t('error_badPayload'),
  failed: () => t('error_failed'),
} satisfies Record<ErrorCode, () => string>;

/**
 * The code and field path of whatever a command threw; anything without a known code is a
 * bug (`failed`). Read by shape, not `instanceof`: this module may load as its own chunk,
 * and the error keeps its code however it was made.
 */
export function failureOf(error: unknown): { readonly code: ErrorCode; readonly path: string } {
  if (typeof error !== 'object' || error === null) return { code: 'failed', path: '' };
  const { code, path } = error as { code?: unknown; path?: unknown };
  if (typeof code !== 'string' || !Object.hasOwn(WORDS, code)) return { code: 'failed', path: '' };
  return { code: code as ErrorCode, path: typeof path === 'string' ? path : '' };
}

export function errorWords(error: unknown): string {
  return WORDS[failureOf(error).code]();
}
