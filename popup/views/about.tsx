/**
 * What Tend is and is not, where to turn in a crisis (no provider named: Tend is used in
 * many countries and promotes no one), where its ideas come from, what it keeps, and its
 * version.
 */
import { browser } from '../../platform/browser.ts';
import { SOURCES } from '../../src/strategies/sources.ts';
import { t } from '../../ui/i18n.ts';
import { Byline } from './byline.tsx';
import ABOUT_CSS from './about.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(ABOUT_CSS);

export function AboutView() {
  const version = browser.runtime.getManifest().version;
  return (
    <div class="about">
      <section class="card" aria-labelledby="about-title">
        <h1 id="about-title">{t('aboutHeading')}</h1>
        <p>{t('aboutWhat')}</p>
        <p class="disclaimer">{t('aboutDisclaimer')}</p>
        <p class="crisis">
          <strong>{t('aboutCrisisLead')}</strong> {t('aboutCrisis')}
        </p>
      </section>
      <section class="card" aria-labelledby="sources-title">
        <h2 id="sources-title">{t('aboutSourcesHeading')}</h2>
        <p class="quiet">{t('aboutSourcesIntro')}</p>
        <ul class="source-list">
          {Object.values(SOURCES).map((s) => (
            <li key={s.title}>
              <cite>{s.title}</cite>
              <span class="quiet">
                <Byline source={s} date />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="privacy-title">
        <h2 id="privacy-title">{t('aboutPrivacyHeading')}</h2>
        <p>{t('aboutPrivacy')}</p>
        {/* Import needs a full page: Firefox closes the popup when a file chooser opens. */}
        <p>
          <a href={browser.runtime.getURL('options/options.html#your-data')} target="_blank" rel="noreferrer">
            {t('data_aboutLink')}
          </a>
        </p>
      </section>
      <p class="quiet version">{t('aboutVersion', version)}</p>
    </div>
  );
}
