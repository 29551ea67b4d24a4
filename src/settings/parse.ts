import * as v from 'valibot';
import type { SettingsIssue } from './codes.ts';
import { isSettingsCode } from './codes.ts';
import { SETTINGS_VERSION } from './defaults.ts';
import { migrate } from './migrations.ts';
import { SettingsSchema } from './schema.ts';
import type { Settings } from './types.ts';

export type ParseResult =
  | { readonly ok: true; readonly value: Settings; readonly migrated: boolean }
  | ({ readonly ok: false } & SettingsIssue);

const refuse = (code: SettingsIssue['code'], path: string): ParseResult => ({ ok: false, code, path });

/**
 * Settings from storage or an import file: migrated from older versions, then validated.
 * On failure nothing is half-applied; the refusal names the field and why as a code, e.g.
 * `{ code: 'badTime', path: 'activeHours.mon[0].start' }`, which the page words.
 */
export function parseSettings(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('wrongType', '');
  const data = raw as Readonly<Record<string, unknown>>;
  const version = data['version'];
  if (version === undefined) return refuse('missing', 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('badVersion', 'version');
  if (version > SETTINGS_VERSION) return refuse('newerVersion', 'version');
  const result = v.safeParse(SettingsSchema, migrate(data, version));
  if (!result.success) return refusalOf(result.issues[0]);
  return { ok: true, value: result.output, migrated: version < SETTINGS_VERSION };
}

/** The code and dotted path of a valibot issue; a missing key is `missing`, not its parent's type. */
function refusalOf(issue: v.BaseIssue<unknown>): ParseResult {
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  // valibot reports an absent key as a schema failing with received "undefined".
  if (issue.kind === 'schema' && issue.received === 'undefined' && path !== '') return refuse('missing', path);
  // Every message in the schema is a code; valibot's own (none expected) read as a wrong type.
  return refuse(isSettingsCode(issue.message) ? issue.message : 'wrongType', path);
}
