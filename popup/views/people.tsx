/**
 * The People view (issue 11): the people in your corner, who would most welcome a hello
 * first (peopleInOrder, src/people/order.ts), and a form to add someone. Its own chunk.
 * One status line says what just happened; after Remove it offers Undo for a little while
 * (UNDO_MS) or until the next thing said.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PEOPLE_MAX } from '../../src/people/limits.ts';
import { peopleInOrder } from '../../src/people/order.ts';
import { t } from '../../ui/i18n.ts';
import type { ViewProps } from './lazy.tsx';
import formCss from './form.css' with { type: 'text' };
import css from './people.css' with { type: 'text' };
import { PersonForm } from './people-form.tsx';
import { PersonItem } from './people-person.tsx';
import { addStyle } from './style.ts';

addStyle(formCss);
addStyle(css);

/** How long Undo stays offered after a removal. */
export const UNDO_MS = 10_000;

interface Said {
  readonly words: string;
  readonly undo?: () => void;
}

export function PeopleView({ snapshot: { state }, command, now }: ViewProps) {
  const people = peopleInOrder(state.people.people, now);
  const [said, setSaid] = useState<Said | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => { clearTimeout(timer.current); }, []);

  function say(words: string, undo?: () => void): void {
    clearTimeout(timer.current);
    setSaid(undo ? { words, undo } : { words });
    if (undo) timer.current = setTimeout(() => { setSaid((s) => (s?.undo === undo ? { words: s.words } : s)); }, UNDO_MS);
  }

  const empty = people.length === 0;
  const full = state.people.people.length >= PEOPLE_MAX;
  return (
    <section class="people" aria-labelledby="people-title">
      <div class="card">
        <h1 id="people-title" tabIndex={-1}>{t(empty ? 'people_emptyTitle' : 'people_heading')}</h1>
        {empty ? (
          <>
            <p>{t('people_emptyWhy')}</p>
            <p>{t('people_emptyHow')}</p>
            <p class="quiet">{t('people_private')}</p>
          </>
        ) : (
          <p class="quiet">{t('people_intro')}</p>
        )}
      </div>
      <div class="people-status">
        <p class="status" role="status">
          {said?.words}
        </p>
        {said?.undo && (
          <button
            type="button"
            onClick={() => {
              const undo = said.undo;
              setSaid(null);
              undo?.();
            }}
          >
            {t('people_undo')}
          </button>
        )}
      </div>
      {!empty && (
        <ul class="people-list" aria-label={t('people_listLabel')}>
          {people.map((person) => (
            <PersonItem key={person.id} person={person} now={now} command={command} say={say} />
          ))}
        </ul>
      )}
      <div class="card add-person">
        <h2>{t('people_addHeading')}</h2>
        {full ? <p>{t('people_errTooMany', String(PEOPLE_MAX))}</p> : <PersonForm command={command} onSaved={(words) => { say(words); }} />}
      </div>
    </section>
  );
}
