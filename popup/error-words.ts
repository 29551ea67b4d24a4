/**
 * A failed command in the person's words. The worker sends a code and a field path, never
 * prose (src/protocol.ts ErrorCode); each code is worded here once, for the whole page. A
 * page with fields words a code next to its field itself (popup/views/settings/check.ts)
 * and falls back on these words for anything it cannot place.
 */
import { CUSTOM_MAX, RANGES_A_DAY_MAX } from '../src/limits.ts';
import { CommandError, type ErrorCode } from '../src/protocol.ts';
import { plural, t } from './i18n.ts';

const WORDS = {
  'nothing-enabled': () => t('errorNothingEnabled'),
  'strategy-gone': () => t('errorStrategyGone'),
  'custom-limit': () => plural('errorCustomLimit', CUSTOM_MAX),
  missing: () => t('settings_error_missing'),
  wrongType: () => t('settings_error_wrongType'),
  notWhole: () => t('settings_error_wrongType'),
  outOfRange: () => t('settings_error_outOfRange'),
  badTime: () => t('settings_errorTime'),
  sameTime: () => t('settings_errorSameTime'),
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

/** The code of whatever a command threw; anything that is not a CommandError is a bug (`failed`). */
export function errorCode(error: unknown): ErrorCode {
  return error instanceof CommandError ? error.code : 'failed';
}

export function errorWords(error: unknown): string {
  return WORDS[errorCode(error)]();
}
