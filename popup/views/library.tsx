/**
 * Every strategy, by kind: read one, start it now, turn a kind on or off, and keep a few
 * of your own. Changes go to the worker as commands; the status line says what applied.
 */
import { useEffect, useState } from 'preact/hooks';
import type { KindPreference } from '../../src/settings/types.ts';
import { KINDS, type Kind, type Strategy } from '../../src/strategies/types.ts';
import { plural, t } from '../../ui/i18n.ts';
import { CustomForm } from './custom-form.tsx';
import { KindGroup } from './library-kind.tsx';
import type { ViewProps } from './lazy.tsx';
import { StrategyDetails } from './strategy-details.tsx';
import LIBRARY_CSS from './library.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(LIBRARY_CSS);

export function LibraryView({ snapshot, store, command, go }: ViewProps) {
  const { state, details } = snapshot;
  const [ready, setReady] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    void store.ensureKinds(KINDS).then(() => { setReady(true); });
  }, [store]);

  const custom = new Set(state.custom.map((s) => s.id));
  const builtIn = [...details.values()].filter((s) => !custom.has(s.id));

  async function start(strategy: Strategy): Promise<void> {
    if (await command.run('start', { strategyId: strategy.id })) go('now');
  }
  async function savePreference(kind: Kind, pref: KindPreference, said: string): Promise<void> {
    const settings = { ...state.settings, kinds: { ...state.settings.kinds, [kind]: pref } };
    if (await command.run('saveSettings', { settings })) setStatus(said);
  }
  async function remove(strategy: Strategy): Promise<void> {
    if ((await command.run('removeCustom', { id: strategy.id })) === null) setStatus(t('customRemoved', strategy.title));
  }

  return (
    <div class="library">
      <h1>{t('libraryHeading')}</h1>
      <p class="quiet">{t('libraryIntro')}</p>
      <p class="status" role="status">
        {status}
      </p>
      {ready ? (
        KINDS.map((kind) => (
          <KindGroup
            key={kind}
            kind={kind}
            pref={state.settings.kinds[kind]}
            strategies={builtIn.filter((s) => s.kind === kind)}
            busy={command.busy}
            onStart={(s) => void start(s)}
            onPreference={(pref, said) => void savePreference(kind, pref, said)}
            onPeople={() => { go('people'); }}
          />
        ))
      ) : (
        <p class="quiet">{t('loading')}</p>
      )}
      <section class="own" aria-labelledby="own-title">
        <h2 id="own-title">{t('ownHeading')}</h2>
        {state.custom.length === 0 ? (
          <p class="quiet">{t('ownEmpty')}</p>
        ) : (
          <ul class="strategies">
            {state.custom.map((s) => (
              <li key={s.id}>
                <details class="strategy">
                  <summary>
                    <h3>{s.title}</h3> <span class="quiet">· {t(`kind_${s.kind}`)} · {plural('minutes', s.minutes)}</span>
                  </summary>
                  <p>{s.nudges[0]?.message}</p>
                  <StrategyDetails strategy={s} />
                  <div class="row">
                    <button type="button" class="primary" aria-disabled={command.busy} aria-label={t('startNamed', s.title)} onClick={() => void start(s)}>
                      {t('actionStart')}
                    </button>
                    <button type="button" aria-disabled={command.busy} aria-label={t('removeNamed', s.title)} onClick={() => void remove(s)}>
                      {t('actionRemove')}
                    </button>
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
        <CustomForm command={command} />
      </section>
    </div>
  );
}
