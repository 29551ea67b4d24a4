/** The nudge on offer, with the strategy behind it and the four answers. */
import type { State } from '../../src/state/types.ts';
import { renderNudge } from '../../src/strategies/render.ts';
import { SOURCES } from '../../src/strategies/sources.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { pausedUntil } from '../../src/settings/pause.ts';
import { formatMoment } from '../format.ts';
import { t } from '../i18n.ts';
import type { CommandRunner } from '../use-command.ts';

interface Props {
  readonly state: State;
  readonly details: ReadonlyMap<string, Strategy>;
  readonly now: number;
  readonly command: CommandRunner;
}

export function NowView({ state, details, now, command }: Props) {
  const current = state.current;
  const strategy = current && details.get(current.strategyId);
  if (!current || current.snoozedUntil !== null || !strategy) return <NothingWaiting state={state} now={now} command={command} />;
  const { title, message } = renderNudge(strategy, current.line);
  const nudgeId = current.id;
  return (
    <article class="nudge" aria-labelledby="nudge-title">
      <p class="kind">{t(`kind_${strategy.kind}`)} · {t('minutes', String(strategy.minutes))}</p>
      <h1 id="nudge-title">{title}</h1>
      <p class="message">{message}</p>
      <div class="actions">
        <button class="primary" disabled={command.busy} onClick={() => void command.run('done', { nudgeId })}>
          {t('actionDone')}
        </button>
        <button disabled={command.busy} onClick={() => void command.run('later', { nudgeId })}>
          {t('actionLater')}
        </button>
        <button disabled={command.busy} onClick={() => void command.run('skip', { nudgeId })}>
          {t('actionSkip')}
        </button>
        <button disabled={command.busy} onClick={() => void command.run('another', { nudgeId })}>
          {t('actionAnother')}
        </button>
      </div>
      <StrategyDetails strategy={strategy} />
    </article>
  );
}

export function StrategyDetails({ strategy }: { readonly strategy: Strategy }) {
  return (
    <section class="details" aria-label={t('detailsLabel')}>
      <h2>{strategy.title}</h2>
      {strategy.why !== '' && (
        <>
          <h3>{t('whyHeading')}</h3>
          <p>{strategy.why}</p>
        </>
      )}
      {strategy.steps.length > 0 && (
        <>
          <h3>{t('howHeading')}</h3>
          <ol>
            {strategy.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </>
      )}
      {strategy.sources.length > 0 && (
        <p class="source">
          {t('sourceLabel')} {strategy.sources.map((file) => SOURCES[file].title).join('; ')}
        </p>
      )}
    </section>
  );
}

function NothingWaiting({ state, now, command }: Omit<Props, 'details'>) {
  const paused = pausedUntil(state.settings, now);
  const snoozed = state.current?.snoozedUntil ?? null;
  const dueAt = state.schedule.dueAt;
  let when: string;
  if (paused === 'resume') when = t('pausedUntilResumed');
  else if (paused !== null) when = t('pausedUntil', formatMoment(paused, now));
  else if (snoozed !== null) when = t('snoozedUntil', formatMoment(snoozed, now));
  else if (dueAt !== null) when = t('nextAround', formatMoment(dueAt, now));
  else when = t('nothingPlanned');
  return (
    <section class="empty" aria-labelledby="empty-title">
      <h1 id="empty-title">{t('nothingWaiting')}</h1>
      <p>{when}</p>
      <button class="primary" disabled={command.busy} onClick={() => void command.run('another', { nudgeId: null })}>
        {t('actionOneNow')}
      </button>
    </section>
  );
}
