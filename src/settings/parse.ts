import * as v from 'valibot';
import { SETTINGS_VERSION } from './defaults.ts';
import { migrate } from './migrations.ts';
import { SettingsSchema } from './schema.ts';
import type { Settings } from './types.ts';

export type ParseResult =
  | { readonly ok: true; readonly value: Settings; readonly migrated: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * Settings from storage or an import file: migrated from older versions, then validated.
 * On failure nothing is half-applied; the error names the field in plain words, e.g.
 * `activeHours.mon[0].start: expected a time like 09:00`.
 */
export function parseSettings(raw: unknown): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'settings: expected an object' };
  }
  const data = raw as Readonly<Record<string, unknown>>;
  const version = data['version'];
  if (version === undefined) return { ok: false, error: 'version: is missing' };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: `version: expected a whole number from 1 to ${SETTINGS_VERSION}` };
  }
  if (version > SETTINGS_VERSION) {
    return {
      ok: false,
      error: `version: ${version} comes from a newer Tend (this one reads up to ${SETTINGS_VERSION})`,
    };
  }
  const result = v.safeParse(SettingsSchema, migrate(data, version));
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0]) };
  return { ok: true, value: result.output, migrated: version < SETTINGS_VERSION };
}

function describeIssue(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'settings: invalid';
  let path = '';
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    path += typeof key === 'number' ? `[${key}]` : `${path ? '.' : ''}${String(key)}`;
  }
  // valibot reports a missing key as the parent object's failure; say it plainly.
  const missing = issue.type === 'object' && issue.received === 'undefined' && path !== '';
  return `${path || 'settings'}: ${missing ? 'is missing' : issue.message}`;
}
