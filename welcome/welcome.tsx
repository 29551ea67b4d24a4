/**
 * The first-run page, opened once on install: what Tend does, the rhythm it starts with
 * (read from the stored settings, so it stays true), one click to change it, the
 * disclaimer and crisis pointer, and privacy in a line.
 */
import { render } from 'preact';
import '../popup/popup.css';
import '../options/options.css';
import './welcome.css';
import { formatMoment } from '../ui/format.ts';
import { t } from '../ui/i18n.ts';
import { applyPageLanguage } from '../ui/page-language.ts';
import { createStore, useSnapshot, type Store } from '../ui/store.ts';
import { describeRhythm } from '../popup/views/settings/words.ts';

export function WelcomePage({ store, now }: { readonly store: Store; readonly now: number }) {
  const { state } = useSnapshot(store);
  const dueAt = state.schedule.dueAt;
  return (
    <>
      <header class="page-head welcome-head">
        <img src="../icons/icon-128.png" alt="" width={64} height={64} />
        <h1>{t('welcome_title')}</h1>
      </header>
      <main class="page-body">
        <p class="lead">{t('welcome_lead')}</p>
        <section class="card" aria-labelledby="welcome-how">
          <h2 id="welcome-how">{t('welcome_howTitle')}</h2>
          <ol class="welcome-steps">
            <li>{t('welcome_how1')}</li>
            <li>{t('welcome_how2')}</li>
            <li>{t('welcome_how3')}</li>
          </ol>
        </section>
        <section class="card rhythm" aria-labelledby="welcome-rhythm">
          <h2 id="welcome-rhythm">{t('welcome_rhythmTitle')}</h2>
          <p class="rhythm-words">{describeRhythm(state.settings)}</p>
          {dueAt !== null && <p>{t('welcome_first', formatMoment(dueAt, now))}</p>}
          <p class="hint">{t('welcome_change')}</p>
          <p>
            <a class="button primary" href="../options/options.html">
              {t('welcome_adjust')}
            </a>
          </p>
        </section>
        <section class="card care" aria-labelledby="welcome-care">
          <h2 id="welcome-care">{t('welcome_careTitle')}</h2>
          <p>{t('aboutDisclaimer')}</p>
          <p>
            <strong>{t('aboutCrisisLead')}</strong> {t('aboutCrisis')}
          </p>
        </section>
        <p class="privacy">{t('welcome_privacy')}</p>
        <p class="hint">{t('welcome_pin')}</p>
      </main>
    </>
  );
}

async function main(root: HTMLElement): Promise<void> {
  document.title = t('welcome_title');
  const store = await createStore();
  render(<WelcomePage store={store} now={Date.now()} />, root);
}

applyPageLanguage();
const root = document.getElementById('app');
if (root) void main(root);
