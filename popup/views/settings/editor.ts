/**
 * The settings form's state: what the person sees (their draft, or what is stored), the
 * messages next to fields, and saving. A valid change is saved at once (typing: after a
 * short pause); an invalid one stays in the form with its message and is never sent, so
 * stored settings are never half-applied. The worker is the only writer: once it confirms
 * and storage shows the saved values, the form shows storage again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../../../platform/messaging.ts';
import type { Settings } from '../../../src/settings/types.ts';
import { checkSettings, saveError, type FieldErrors } from './check.ts';

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'invalid';

export interface SettingsEditor {
  /** What the form shows. */
  readonly settings: Settings;
  readonly errors: FieldErrors;
  readonly status: SaveStatus;
  /** When the next nudge is due according to the last save's reply (undefined: no reply yet). */
  readonly dueAt: number | null | undefined;
  /** Applies a change; `soon` waits for a pause in typing before saving. */
  edit(change: (s: Settings) => Settings, when?: 'now' | 'soon'): void;
  /** Saves a change that is waiting for a pause in typing (on blur or Enter). */
  flush(): void;
}

const TYPING_PAUSE_MS = 700;

/** Equal apart from the pause, which only the pause command changes. */
function sameSettings(a: Settings, b: Settings): boolean {
  return JSON.stringify({ ...a, pause: null }) === JSON.stringify({ ...b, pause: null });
}

export function useSettingsEditor(stored: Settings): SettingsEditor {
  const [draft, setDraft] = useState<Settings | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [dueAt, setDueAt] = useState<number | null | undefined>(undefined);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const draftRef = useRef<Settings | null>(null);
  /** The draft the worker confirmed; dropped once storage shows it. */
  const confirmed = useRef<Settings | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef(false);

  const showStored = (): void => {
    draftRef.current = null;
    confirmed.current = null;
    setDraft(null);
  };

  useEffect(() => {
    const d = draftRef.current;
    if (d !== null && d === confirmed.current && sameSettings(d, stored)) showStored();
  }, [stored]);

  async function save(next: Settings): Promise<void> {
    pending.current = false;
    const found = checkSettings(next);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setStatus('invalid');
      return;
    }
    setStatus('saving');
    try {
      // The pause is the pause command's; a draft must never undo a pause made meanwhile.
      const reply = await send('saveSettings', { settings: { ...next, pause: storedRef.current.pause } });
      if (draftRef.current !== next) return; // a newer change is on its way
      setDueAt(reply.dueAt);
      setStatus('saved');
      confirmed.current = next;
      if (sameSettings(next, storedRef.current)) showStored();
    } catch (error) {
      if (draftRef.current !== next) return;
      setErrors(saveError(error, next));
      setStatus('invalid');
    }
  }

  const flush = (): void => {
    clearTimeout(timer.current);
    if (pending.current && draftRef.current) void save(draftRef.current);
  };

  // A change still waiting when the popup closes is sent rather than lost.
  useEffect(() => flush, []);

  return {
    settings: draft ?? stored,
    errors,
    status,
    dueAt,
    edit(change, when = 'now') {
      const next = change(draftRef.current ?? storedRef.current);
      draftRef.current = next;
      confirmed.current = null;
      setDraft(next);
      clearTimeout(timer.current);
      pending.current = true;
      if (when === 'now') void save(next);
      else timer.current = setTimeout(flush, TYPING_PAUSE_MS);
    },
    flush,
  };
}
