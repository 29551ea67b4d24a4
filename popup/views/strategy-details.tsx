/**
 * What a strategy says beyond its nudge: why it helps, how to do it, and where the idea
 * comes from. The library shows it whole; Now shows the source line under the card and the
 * rest behind "Why it helps, and how" (now.tsx), from this chunk, fetched once Now has
 * painted (issue 15: the nudge leads, and the first paint does not grow).
 */
import { SOURCES } from '../../src/strategies/sources.ts';
import type { Strategy } from '../../src/strategies/types.ts';
import { t } from '../../ui/i18n.ts';
import { Byline } from './byline.tsx';
import CSS from './strategy-details.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(CSS);

/** Why it helps and the steps, under headings one level below the strategy's title. */
export function Parts({ strategy, H }: { readonly strategy: Strategy; readonly H: 'h3' | 'h4' }) {
  return (
    <>
      {strategy.why !== '' && (
        <>
          <H>{t('whyHeading')}</H>
          <p>{strategy.why}</p>
        </>
      )}
      {strategy.steps.length > 0 && (
        <>
          <H>{t('howHeading')}</H>
          <ol>
            {strategy.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** Where the idea comes from, small, on Now and in the library. */
export function Sources({ strategy }: { readonly strategy: Strategy }) {
  if (strategy.sources.length === 0) return null;
  return (
    <div class="sources">
      <span>{t('sourceLabel')}</span>
      <ul>
        {strategy.sources.map((file) => (
          <li key={file}>
            <cite>{SOURCES[file].title}</cite> · <Byline source={SOURCES[file]} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Why it helps, how to do it, and where the idea comes from, for a strategy in the library. */
export function StrategyDetails({ strategy }: { readonly strategy: Strategy }) {
  return (
    <section class="details" aria-label={t('detailsLabel')}>
      <Parts strategy={strategy} H="h4" />
      <Sources strategy={strategy} />
    </section>
  );
}

/** Inside Now's disclosure: the strategy's own title, then why and how. */
export function WhyHow({ strategy }: { readonly strategy: Strategy }) {
  return (
    <section class="details" aria-label={t('detailsLabel')}>
      <h2>{strategy.title}</h2>
      <Parts strategy={strategy} H="h3" />
    </section>
  );
}
