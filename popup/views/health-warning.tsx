/**
 * Tells the person when notifications are blocked for Tend, and how to let them through.
 * Nudges still wait in the popup and on the badge, so the tone is a tip, not an alarm.
 */
import type { Health } from '../../src/state/types.ts';
import { t } from '../i18n.ts';

export function HealthWarning({ health }: { readonly health: Health }) {
  if (health.notifications !== 'denied') return null;
  return (
    <section class="health-warning" aria-labelledby="health-title">
      <h2 id="health-title">{t('health_title')}</h2>
      <p>{t('health_still')}</p>
      <p>{t('health_how')}</p>
    </section>
  );
}
