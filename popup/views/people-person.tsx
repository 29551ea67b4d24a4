/**
 * One person in the People list: their name and rhythm, when you were last in touch (said
 * warmly), their notes, and what you can do — We talked, Edit, Not for now, Remove. Names
 * and notes are the person's own text: rendered as text, with dir="auto" so a Hebrew or
 * Arabic name reads right beside English words.
 */
import { useState } from 'preact/hooks';
import type { Person } from '../../src/people/person.ts';
import { personWords } from '../../src/people/words.ts';
import { addDays, localDateOf } from '../../src/time/local-date.ts';
import { localToEpoch } from '../../src/time/local-to-epoch.ts';
import { formatDay, localZone } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import { PersonForm } from './people-form.tsx';
import { isolate, refusalText, rhythmText, sinceText } from './people-words.ts';

interface Props {
  readonly person: Person;
  readonly now: number;
  readonly command: CommandRunner;
  /** Says what happened in the view's status line; `undo` offers an Undo button beside it. */
  readonly say: (words: string, undo?: () => void) => void;
}

type Open = 'none' | 'edit' | 'pause' | 'note';

/** "YYYY-MM-DD" of a local date, as a date input takes it. */
const isoDate = (d: { year: number; month: number; day: number }) =>
  `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

export function PersonItem({ person, now, command, say }: Props) {
  const [open, setOpen] = useState<Open>('none');
  const [talkedAt, setTalkedAt] = useState<number | null>(null);
  const zone = localZone();
  const words = personWords(person, now, zone);
  const headingId = `person-${person.id}`;
  const run = command.run;

  async function weTalked(): Promise<void> {
    const at = Date.now();
    const reply = await run('talked', { id: person.id, at });
    if (!reply) return;
    if (!reply.ok) {
      say(refusalText(reply.code, reply.path));
      return;
    }
    setTalkedAt(at);
    setOpen('note');
    say(t('people_talkedSaid', [isolate(person.name)]));
  }

  async function remove(): Promise<void> {
    const reply = await run('removePerson', { id: person.id });
    if (!reply) return;
    if (!reply.ok) {
      say(refusalText(reply.code, reply.path));
      return;
    }
    const { removed } = reply;
    say(t('people_removedSaid', [isolate(person.name)]), () => {
      void run('restorePerson', { removed }).then((r) => {
        if (r) say(r.ok ? t('people_restoredSaid', [isolate(person.name)]) : refusalText(r.code, r.path));
      });
    });
  }

  return (
    <li class="person" data-standing={words.standing} aria-labelledby={headingId}>
      <div class="person-head">
        <h2 id={headingId} dir="auto">{person.name}</h2>
        <span class="quiet">{rhythmText(person.rhythmDays)}</span>
      </div>
      {words.standing === 'wouldWelcomeHello' && (
        <p class="welcome">{t('people_welcome', [isolate(person.name)])}</p>
      )}
      <p class="since">
        {t(person.contacts.length === 0 ? 'people_addedSince' : 'people_lastInTouch', [sinceText(words.since)])}
        {words.standing === 'paused' && ` · ${pausedText(person)}`}
      </p>
      {person.howToReach !== undefined && (
        <p class="note">
          <span class="note-label">{t('people_howToReach')}</span> <span dir="auto">{person.howToReach}</span>
        </p>
      )}
      {person.nextTime !== undefined && (
        <p class="note">
          <span class="note-label">{t('people_nextTime')}</span> <span dir="auto">{person.nextTime}</span>
        </p>
      )}
      <div class="row person-actions">
        <button type="button" class="primary" aria-disabled={command.busy} onClick={() => void weTalked()}>
          {t('people_weTalked')}
          <span class="sr-only"> {person.name}</span>
        </button>
        <button type="button" aria-expanded={open === 'edit'} onClick={() => { setOpen(open === 'edit' ? 'none' : 'edit'); }}>
          {t('people_edit')}
          <span class="sr-only"> {person.name}</span>
        </button>
        {words.standing === 'paused' ? (
          <button type="button" aria-disabled={command.busy} onClick={() => void run('resumePerson', { id: person.id }).then((r) => { if (r?.ok) say(t('people_resumedSaid', [isolate(person.name)])); })}>
            {t('people_resume')}
            <span class="sr-only"> {person.name}</span>
          </button>
        ) : (
          <button type="button" aria-expanded={open === 'pause'} onClick={() => { setOpen(open === 'pause' ? 'none' : 'pause'); }}>
            {t('people_notForNow')}
            <span class="sr-only"> {person.name}</span>
          </button>
        )}
        <button type="button" aria-disabled={command.busy} onClick={() => void remove()}>
          {t('people_remove')}
          <span class="sr-only"> {person.name}</span>
        </button>
      </div>
      {open === 'edit' && (
        <PersonForm
          command={command}
          person={person}
          onSaved={(said) => { setOpen('none'); say(said); }}
          onCancel={() => { setOpen('none'); }}
        />
      )}
      {open === 'pause' && <PauseForm person={person} now={now} command={command} zone={zone} done={(said) => { setOpen('none'); say(said); }} />}
      {open === 'note' && talkedAt !== null && (
        <NoteForm person={person} at={talkedAt} command={command} done={(said) => { setOpen('none'); if (said) say(said); }} />
      )}
    </li>
  );
}

function pausedText(person: Person): string {
  const until = person.pausedUntil;
  return until === 'resume' || until === undefined ? t('people_pausedUntilResumed') : t('people_pausedUntil', [formatDay(until)]);
}

/** "Not for now": until a chosen day (its start, in the person's zone), or until resumed. */
function PauseForm({ person, now, command, zone, done }: { readonly person: Person; readonly now: number; readonly command: CommandRunner; readonly zone: string; readonly done: (said: string) => void }) {
  const tomorrow = isoDate(addDays(localDateOf(now, zone), 1));
  const [mode, setMode] = useState<'date' | 'resume'>('date');
  const [date, setDate] = useState(isoDate(addDays(localDateOf(now, zone), 14)));
  const [error, setError] = useState<string | null>(null);
  const base = `pause-${person.id}`;

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    let until: number | 'resume' = 'resume';
    if (mode === 'date') {
      const [year, month, day] = date.split('-').map(Number);
      until = year && month && day ? localToEpoch({ year, month, day }, 0, zone) : Number.NaN;
    }
    const reply = await command.run('pausePerson', { id: person.id, until: Number.isNaN(until) ? 0 : until });
    if (!reply) return;
    if (!reply.ok) {
      setError(refusalText(reply.code, reply.path));
      return;
    }
    done(t('people_pausedSaid', [isolate(person.name)]));
  }

  return (
    <form class="person-pause" noValidate onSubmit={(e) => void submit(e)} aria-label={t('people_pauseLabel', [isolate(person.name)])}>
      <fieldset>
        <legend>{t('people_pauseLegend')}</legend>
        <label>
          <input type="radio" name={base} checked={mode === 'date'} onChange={() => { setMode('date'); }} /> {t('people_pauseUntilDate')}
        </label>
        <input
          type="date"
          aria-label={t('people_pauseDate')}
          min={tomorrow}
          value={date}
          disabled={mode !== 'date'}
          aria-invalid={error !== null}
          aria-describedby={error ? `${base}-error` : undefined}
          onInput={(e) => { setDate(e.currentTarget.value); }}
        />
        <label>
          <input type="radio" name={base} checked={mode === 'resume'} onChange={() => { setMode('resume'); }} /> {t('people_pauseUntilResumed')}
        </label>
      </fieldset>
      {error && <p class="field-error" id={`${base}-error`}>{error}</p>}
      <div class="row">
        <button type="submit" class="primary" aria-disabled={command.busy}>{t('people_pauseConfirm')}</button>
      </div>
    </form>
  );
}

/** After "We talked": something to remember for next time, kept with that contact. */
function NoteForm({ person, at, command, done }: { readonly person: Person; readonly at: number; readonly command: CommandRunner; readonly done: (said: string | null) => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldId = `note-${person.id}`;

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    if (note.trim() === '') {
      done(null);
      return;
    }
    const reply = await command.run('talked', { id: person.id, at, note });
    if (!reply) return;
    if (!reply.ok) {
      setError(refusalText(reply.code, reply.path, note));
      return;
    }
    done(t('people_noteSaid'));
  }

  return (
    <form class="person-note" noValidate onSubmit={(e) => void submit(e)}>
      <label for={fieldId}>{t('people_talkedNote')}</label>
      <input id={fieldId} type="text" dir="auto" autoComplete="off" value={note} aria-invalid={error !== null} aria-describedby={error ? `${fieldId}-error` : undefined} onInput={(e) => { setNote(e.currentTarget.value); }} />
      {error && <p class="field-error" id={`${fieldId}-error`}>{error}</p>}
      <div class="row">
        <button type="submit" class="primary" aria-disabled={command.busy}>{t('people_noteSave')}</button>
        <button type="button" onClick={() => { done(null); }}>{t('people_noteSkip')}</button>
      </div>
    </form>
  );
}
