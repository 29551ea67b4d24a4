/**
 * Tells the person when notifications are blocked for Tend, and how to let them through.
 * Nudges still wait in the popup and on the badge, so the tone is a tip, not an alarm, and
 * the how-to stays folded until asked for (the popup is small).
 */
import type { Health } from '../src/state/types.ts';
import { t } from './i18n.ts';
import css from '../popup/views/health-warning.css' with { type: 'text' };
import { addStyle } from '../popup/views/style.ts';

// Its own chunk in the popup (rarely needed), so its styles travel with it (see style.ts).
addStyle(css);

export function HealthWarning({ health }: { readonly health: Health }) {
  if (health.notifications !== 'denied') return null;
  return (
    <section class="health-warning" aria-labelledby="health-title">
      <h2 id="health-title">{t('health_title')}</h2>
      <p>{t('health_still')}</p>
      <details>
        <summary>{t('health_howSummary')}</summary>
        <p>{t('health_how')}</p>
      </details>
    </section>
  );
}
