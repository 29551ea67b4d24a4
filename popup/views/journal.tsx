/**
 * The Journal view (issue 12): put a feeling into words, look back over the week and the
 * month, and see what seems to help. Opened from its tab, from "Write it down" on a reflect
 * nudge (whose prompt then sits above the words) and from a reflect nudge's notification.
 * The journal is read here, when the view opens (journal-store.ts), never before.
 */
import { useState } from 'preact/hooks';
import { rightNowKinds } from '../../src/journal/right-now.ts';
import type { Entry } from '../../src/journal/schema.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { waitingNudge } from '../../src/state/waiting.ts';
import { t } from '../../ui/i18n.ts';
import formCss from './form.css' with { type: 'text' };
import { CheckIn, EMPTY_DRAFT, type Draft } from './journal-check-in.tsx';
import { WhatHelps } from './journal-helps.tsx';
import { FourWeeks, ThisWeek } from './journal-look-back.tsx';
import { useJournal } from './journal-store.ts';
import css from './journal.css' with { type: 'text' };
import type { ViewProps } from './lazy.tsx';
import { addStyle } from './style.ts';

addStyle(formCss);
addStyle(css);

export function JournalView({ snapshot, command, now, go }: ViewProps) {
  const { journal, feelings } = useJournal();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [status, setStatus] = useState('');
  /** The words of the entry just written, when some were unpleasant: "Something for right now?". */
  const [rightNow, setRightNow] = useState<readonly string[] | null>(null);
  const { state, details } = snapshot;
  const waiting = waitingNudge(state);
  const strategy = waiting?.kind === 'reflect' ? details.get(waiting.strategyId) : undefined;
  const prompt = waiting && strategy ? renderNudge(strategy, waiting.line).message : null;

  function edit(entry: Entry): void {
    setRightNow(null);
    setStatus('');
    setDraft({ words: entry.words, text: entry.text ?? '', editing: entry.id });
    document.getElementById('journal-title')?.focus();
  }

  async function remove(entry: Entry): Promise<void> {
    const reply = await command.run('deleteEntry', { id: entry.id });
    if (reply?.ok) {
      if (draft.editing === entry.id) setDraft(EMPTY_DRAFT);
      setStatus(t('journal_deleted'));
      document.getElementById('journal-week-title')?.focus();
    } else if (reply) setStatus(t('journal_errorGone'));
  }

  async function startRightNow(words: readonly string[]): Promise<void> {
    const reply = await command.run('rightNow', { words });
    if (reply) go('now');
  }

  return (
    <>
      <section class="card journal" aria-labelledby="journal-title">
        {prompt && (
          <p class="journal-prompt" dir="auto">
            {prompt}
          </p>
        )}
        <h1 id="journal-title" tabIndex={-1}>
          {draft.editing === null ? t('journal_heading') : t('journal_editHeading')}
        </h1>
        <p class="quiet">{t('journal_intro')}</p>
        {feelings ? (
          <CheckIn
            feelings={feelings}
            draft={draft}
            setDraft={setDraft}
            command={command}
            onSaved={(words, edited) => {
              setDraft(EMPTY_DRAFT);
              setStatus(edited ? t('journal_savedChanges') : t('journal_saved'));
              setRightNow(!edited && rightNowKinds(words) ? words : null);
            }}
          />
        ) : (
          <p class="quiet">{t('loading')}</p>
        )}
        <p class="status" role="status">
          {status}
        </p>
        {rightNow && (
          <div class="right-now">
            <p>{t('journal_rightNowLead')}</p>
            <button type="button" class="primary" aria-disabled={command.busy} onClick={() => void startRightNow(rightNow)}>
              {t('journal_rightNow')}
            </button>
          </div>
        )}
      </section>
      {journal && feelings && (
        <>
          <ThisWeek entries={journal.entries} feelings={feelings} now={now} busy={command.busy} onEdit={edit} onDelete={(e) => void remove(e)} />
          <FourWeeks entries={journal.entries} feelings={feelings} now={now} />
        </>
      )}
      <WhatHelps felt={state.felt} />
    </>
  );
}
