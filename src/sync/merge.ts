/**
 * Two browsers' edits, united: per settings field, per own strategy and per person, the most
 * recent edit wins (a tie keeps this browser's, except on the first sync after turning it
 * on, when what sync already holds is taken, so a new browser joins rather than overwrites).
 * A removal is an edit too. Settings fields taken from both sides must still make valid
 * settings together (the gap is at most the interval, say): if they do not, the side with
 * the latest edit is taken whole. Pure.
 */
import { CUSTOM_MAX } from '../limits.ts';
import { PEOPLE_MAX } from '../people/limits.ts';
import { parseSettings } from '../settings/parse.ts';
import type { Settings } from '../settings/types.ts';
import { GONE_KEPT } from './limits.ts';
import { SETTINGS_FIELDS, type Edited, type SettingsField, type SyncPayload, type SyncRefusal } from './payload.ts';
import { canonicalJson } from '../json.ts';

export type Merged = { readonly ok: true; readonly payload: SyncPayload } | SyncRefusal;

const takes = (local: number, remote: number, remoteOnTie: boolean): boolean => remote > local || (remote === local && remoteOnTie);

function mergeList<T>(local: readonly Edited<T>[], remote: readonly Edited<T>[], remoteOnTie: boolean): Edited<T>[] {
  const theirs = new Map(remote.map((e) => [e.id, e]));
  const out = local.map((mine) => {
    const other = theirs.get(mine.id);
    return other !== undefined && takes(mine.at, other.at, remoteOnTie) ? other : mine;
  });
  const known = new Set(local.map((e) => e.id));
  const all = [...out, ...remote.filter((e) => !known.has(e.id))];
  const gone = all.filter((e) => e.value === null).sort((a, b) => b.at - a.at).slice(0, GONE_KEPT);
  const keep = new Set(gone);
  return all.filter((e) => e.value !== null || keep.has(e));
}

const latest = (edited: Readonly<Record<SettingsField, number>>): number => Math.max(...SETTINGS_FIELDS.map((f) => edited[f]));

function mergeSettings(local: SyncPayload, remote: SyncPayload, remoteOnTie: boolean): Pick<SyncPayload, 'settings' | 'edited'> {
  const settings: Record<string, unknown> = { ...local.settings };
  const edited: Record<string, number> = { ...local.edited };
  for (const f of SETTINGS_FIELDS) {
    if (takes(local.edited[f], remote.edited[f], remoteOnTie)) {
      settings[f] = remote.settings[f];
      edited[f] = remote.edited[f];
    }
  }
  const parsed = parseSettings(settings);
  if (parsed.ok) return { settings: parsed.value, edited: edited as Record<SettingsField, number> };
  return takes(latest(local.edited), latest(remote.edited), remoteOnTie) ? { settings: remote.settings, edited: remote.edited } : local;
}

const live = <T>(list: readonly Edited<T>[]): number => list.filter((e) => e.value !== null).length;

/** `remote` null: sync holds nothing of Tend's yet, so this browser's side is all there is. */
export function merge(local: SyncPayload, remote: SyncPayload | null, remoteOnTie: boolean): Merged {
  if (remote === null) return { ok: true, payload: local };
  const { settings, edited }: { settings: Settings; edited: SyncPayload['edited'] } = mergeSettings(local, remote, remoteOnTie);
  const custom = mergeList(local.custom, remote.custom, remoteOnTie);
  if (live(custom) > CUSTOM_MAX) return { ok: false, code: 'tooMany', path: 'custom' };
  // People go only where both sides carry them; a browser without the opt-in leaves them be.
  const people = local.people === null ? null : mergeList(local.people, remote.people ?? [], remoteOnTie);
  if (people !== null && live(people) > PEOPLE_MAX) return { ok: false, code: 'tooMany', path: 'people' };
  return { ok: true, payload: { settings, edited, custom, people } };
}

/** Whether two payloads carry the same data and edit times. */
export const samePayload = (a: SyncPayload, b: SyncPayload): boolean => canonicalJson(a) === canonicalJson(b);
