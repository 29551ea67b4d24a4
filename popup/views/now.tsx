/** The nudge on offer, with the strategy behind it and the four answers. */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { haltOf } from '../../src/schedule/halt.ts';
import { LEADS_TO_PEOPLE } from '../../src/people/leads-here.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { guideOf } from '../../src/strategies/guides.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { formatMoment } from '../../ui/format.ts';
import { plural, t } from '../../ui/i18n.ts';
import { LazyFeltAsk, LazyRecent, LazySources, LazyWhyHow, type ViewProps } from './lazy.tsx';
import { NOW_PAUSE_KEYS, pauseWords } from './pause-words.ts';

export function NowView(props: ViewProps) {
  const { state, details } = props.snapshot;
  const current = state.current;
  const strategy = current && details.get(current.strategyId);
  useFocusAfterAnswer(`${current?.id ?? ''} ${String(current?.snoozedUntil)} ${String(!strategy)}`);
  // After Done, "How do you feel now?" for that nudge (issue 12), until answered or dismissed.
  const [feltFor, setFeltFor] = useState<string | null>(null);
  const feltAsk = feltFor && <LazyFeltAsk nudgeId={feltFor} command={props.command} onClose={() => { setFeltFor(null); }} />;
  if (!current || current.snoozedUntil !== null || !strategy) {
    return (
      <>
        {feltAsk}
        <NothingWaiting {...props} />
        <LazyRecent {...props} />
      </>
    );
  }
  // A nudge that names someone (issue 11) says who, and how to reach them, from the People list.
  const person = current.personId === undefined ? undefined : state.people.people.find((p) => p.id === current.personId);
  const named = person !== undefined && strategy.nudges[current.line]?.named !== undefined;
  const { title, message } = renderNudge(strategy, current.line, named ? person.name : undefined);
  const nudgeId = current.id;
  const { busy, run } = props.command;
  return (
    <>
      {feltAsk}
      <PausedLine {...props} />
      <article class="card nudge" aria-labelledby="nudge-title">
        <p class="kind">
          {t(`kind_${strategy.kind}`)} · {plural('minutes', strategy.minutes)}
        </p>
        <h1 id="nudge-title" tabIndex={-1}>{title}</h1>
        <p class="message">{message}</p>
        {named && (
          <div class="for-person">
            {person.howToReach !== undefined && (
              <p>
                <span class="quiet">{t('people_howToReach')}:</span> <span dir="auto">{person.howToReach}</span>
              </p>
            )}
            {person.nextTime !== undefined && (
              <p>
                <span class="quiet">{t('people_nextTime')}:</span> <span dir="auto">{person.nextTime}</span>
              </p>
            )}
            <button type="button" class="link" onClick={() => { props.go('people'); }}>
              {t('people_openList')}
            </button>
          </div>
        )}
        <div class="actions">
          <button
            type="button"
            class="primary"
            aria-disabled={busy}
            onClick={() => void run('done', { nudgeId }).then((r) => { if (r !== undefined && state.settings.askFelt) setFeltFor(nudgeId); })}
          >
            {t('actionDone')}
          </button>
          <button type="button" aria-disabled={busy} onClick={() => void run('snooze', { nudgeId })}>
            {t('actionLater')}
          </button>
          {/* Quieter: passing on a nudge is fine, and not what the card leads with. */}
          <button type="button" class="link quieter" aria-disabled={busy} onClick={() => void run('skip', { nudgeId })}>
            {t('actionSkip')}
          </button>
          <button type="button" class="link quieter" aria-disabled={busy} onClick={() => void run('another', { nudgeId })}>
            {t('actionAnother')}
          </button>
        </div>
        {guideOf(strategy.id) === 'breathe' && <BreatheLauncher />}
        {strategy.kind === 'reflect' && (
          <div class="row">
            <button type="button" onClick={() => { props.go('journal'); }}>
              {t('journal_writeItDown')}
            </button>
          </div>
        )}
        {!named && LEADS_TO_PEOPLE.has(strategy.id) && (
          <button type="button" class="link" onClick={() => { props.go('people'); }}>
            {t('people_openList')}
          </button>
        )}
        <WhyAndHow strategy={strategy} />
        <LazySources strategy={strategy} />
      </article>
      <LazyRecent {...props} />
    </>
  );
}

/**
 * After Done, Later, Skip or Another one the pressed button is gone with the card it was on;
 * focus moves to the new heading rather than falling back to the top of the page.
 */
function useFocusAfterAnswer(shown: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    (document.getElementById('nudge-title') ?? document.getElementById('empty-title'))?.focus();
  }, [shown]);
}

/** Whether "Why it helps, and how" was left open: kept in the popup's own localStorage, on this device (issue 15). */
const OPEN_KEY = 'tend:now-details-open';

function remembered(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * On Now, why it helps and how to do it are a tap away, so the nudge leads and the card fits
 * the popup; the disclosure opens as the person last left it. What it holds, and the source
 * line, come in a chunk of their own just after the first paint (strategy-details.tsx).
 */
function WhyAndHow({ strategy }: { readonly strategy: Strategy }) {
  const [open, setOpen] = useState(remembered);
  if (strategy.why === '' && strategy.steps.length === 0) return null;
  return (
    <details
      class="more"
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        setOpen(now);
        try {
          localStorage.setItem(OPEN_KEY, now ? '1' : '0');
        } catch {
          // Storage refused (a private window's quota): it simply opens closed next time.
        }
      }}
    >
      <summary>{t('nowMore')}</summary>
      <LazyWhyHow strategy={strategy} />
    </details>
  );
}

/** When the next one comes (or until when Tend is paused), and a way to have one now. */
function NothingWaiting(props: ViewProps) {
  const { snapshot: { state }, now, command, go } = props;
  const halt = haltOf(state.settings, now);
  // savedForLater (src/state/waiting.ts) written out: importing it here would split that
  // module into a chunk of its own, ~180 B gz more before the first paint.
  const saved = halt?.reason !== 'no-kind-enabled' && state.current?.snoozedUntil != null ? state.current : null;
  const dueAt = state.schedule.dueAt;
  let when: string;
  // Before the snoozed nudge: with every kind off the scheduler brings nothing back.
  if (halt?.reason === 'no-kind-enabled') when = t('nothingPlannedNoKind', t('tab_settings'));
  else if (saved) when = t('snoozedUntil', formatMoment(saved.snoozedUntil ?? now, now));
  else if (dueAt !== null) when = t('nextAround', formatMoment(dueAt, now));
  else when = t('nothingPlanned');
  return (
    <section class="card empty" aria-labelledby="empty-title">
      <h1 id="empty-title" tabIndex={-1}>{t('nothingWaiting')}</h1>
      {halt?.reason === 'paused' ? <PausedLine {...props} /> : <p>{when}</p>}
      {/* Asked, not assumed: "one now" could mean the saved one or a new one (saved-for-later.ts). */}
      {saved && <p class="saved-ask" id="saved-ask">{t('savedAsk')}</p>}
      {!saved && <p class="meanwhile">{t('emptyMeanwhile')}</p>}
      <div class="row" role={saved ? 'group' : undefined} aria-labelledby={saved ? 'saved-ask' : undefined}>
        <button type="button" class="primary" aria-disabled={command.busy} onClick={() => void command.run('another', { nudgeId: null })}>
          {t(saved ? 'actionShowSaved' : 'actionOneNow')}
        </button>
        {saved ? (
          <button type="button" aria-disabled={command.busy} onClick={() => void command.run('another', { nudgeId: saved.id })}>
            {t('actionDifferentOne')}
          </button>
        ) : (
          <button type="button" onClick={() => { go('journal'); }}>
            {t('emptyJournal')}
          </button>
        )}
        <button type="button" class="link" onClick={() => { go('library'); }}>
          {t('actionBrowse')}
        </button>
      </div>
    </section>
  );
}

/**
 * "Paused until 15:00 · Resume", on Now whether or not a nudge is on offer: a nudge asked
 * for during a pause, or one waiting from before it, otherwise hides that Tend is paused
 * (only the toolbar badge said so; issue 15).
 */
function PausedLine({ snapshot: { state }, now, command }: ViewProps) {
  const halt = haltOf(state.settings, now);
  if (halt?.reason !== 'paused') return null;
  return (
    <p class="paused-line">
      <span class="paused-words">{pauseWords(halt.until, now, NOW_PAUSE_KEYS)}</span>
      <span aria-hidden="true"> · </span>
      <button type="button" class="link" aria-disabled={command.busy} onClick={() => void command.run('pause', { mode: 'resume' })}>
        {t('actionResume')}
      </button>
    </p>
  );
}

/** The breathing guide is fetched when asked for, keeping it out of the first paint. */
function BreatheLauncher() {
  const [Guide, setGuide] = useState<ComponentType | null>(null);
  if (Guide) return <Guide />;
  const open = () => import('./breathe.tsx').then((m) => { setGuide(() => m.Breathe); });
  return (
    <div class="breathe-open">
      <button type="button" onClick={() => void open()}>
        {t('breatheStart')}
      </button>
    </div>
  );
}
