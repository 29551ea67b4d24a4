/**
 * What the Journal view reads beyond the popup's store: the journal itself (read when the
 * view opens, never before the first paint or on a wake; issue 12) and the feeling words of
 * the UI language. The worker is the only writer; this re-reads the journal on each change.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../../platform/browser.ts';
import { loadFeelings } from '../../platform/content.ts';
import { readState } from '../../platform/state-read.ts';
import { readJournal as journalReader } from '../../src/state/parse-journal.ts';
import type { FeelingContent } from '../../src/journal/feeling-content.ts';
import { EMPTY_JOURNAL, type JournalSlice } from '../../src/journal/schema.ts';

export interface JournalSnapshot {
  /** Null until the first read answers. */
  readonly journal: JournalSlice | null;
  readonly feelings: FeelingContent | null;
}

let feelings: Promise<FeelingContent> | undefined;

/** The words, fetched once per page. */
export function feelingWords(): Promise<FeelingContent> {
  feelings ??= loadFeelings();
  return feelings;
}

async function readJournal(): Promise<JournalSlice> {
  // Parsed as the worker parses it (state/parse.ts salvages readable entries); the worker
  // repairs the stored copy when it next writes the journal.
  const { state } = await readState(['journal'], journalReader);
  return state.journal;
}

/** The journal and the words, kept current while the view is open. */
export function useJournal(): JournalSnapshot {
  const [journal, setJournal] = useState<JournalSlice | null>(null);
  const [words, setWords] = useState<FeelingContent | null>(null);
  useEffect(() => {
    let live = true;
    let asked = 0;
    const refresh = (): void => {
      const ticket = ++asked;
      void readJournal().then(
        (j) => { if (live && ticket === asked) setJournal(j); },
        () => { if (live) setJournal(EMPTY_JOURNAL); },
      );
    };
    refresh();
    void feelingWords().then((w) => { if (live) setWords(w); });
    const onChanged = (changes: Record<string, unknown>, area: string): void => {
      if (area === 'local' && 'journal' in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return { journal, feelings: words };
}
