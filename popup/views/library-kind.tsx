/**
 * One kind in the library: whether Tend suggests it, and its strategies. How much of each
 * kind is set in one place, the options page's settings, where the kinds sit side by side
 * (issue 15); here a kind is only switched on or off.
 */
import type { KindPreference } from '../../src/settings/types.ts';
import { LEADS_TO_PEOPLE } from '../../src/people/leads-here.ts';
import type { Kind, Strategy } from '../../src/strategies/types.ts';
import { plural, t } from '../../ui/i18n.ts';
import { StrategyDetails } from './strategy-details.tsx';

interface Props {
  readonly kind: Kind;
  readonly pref: KindPreference;
  readonly strategies: readonly Strategy[];
  readonly busy: boolean;
  readonly onStart: (strategy: Strategy) => void;
  /** The new preference, and the words that say it applied. */
  readonly onPreference: (pref: KindPreference, said: string) => void;
  /** Opens the People list, for the strategies that point to it (issue 11). */
  readonly onPeople: () => void;
}

export function KindGroup({ kind, pref, strategies, busy, onStart, onPreference, onPeople }: Props) {
  const name = t(`kind_${kind}`);
  const onToggle = (enabled: boolean) => {
    onPreference({ ...pref, enabled }, t(enabled ? 'kindOn' : 'kindOff', name));
  };
  return (
    <details class="kind-group">
      <summary>
        <h2 class="name">{name}</h2>{' '}
        <span class="quiet">
          {plural('kindCount', strategies.length)}
          {!pref.enabled && ` · ${t('kindIsOff')}`}
        </span>
      </summary>
      <div class="kind-controls">
        <label>
          <input type="checkbox" checked={pref.enabled} onChange={(e) => { onToggle(e.currentTarget.checked); }} />{' '}
          {t('kindSuggest')}
        </label>
      </div>
      <ul class="strategies">
        {strategies.map((s) => (
          <li key={s.id}>
            <details class="strategy">
              <summary>
                <h3>{s.title}</h3> <span class="quiet">· {plural('minutes', s.minutes)}</span>
              </summary>
              <StrategyDetails strategy={s} />
              <div class="row">
                <button type="button" class="primary" aria-disabled={busy} aria-label={t('startNamed', s.title)} onClick={() => { onStart(s); }}>
                  {t('actionStart')}
                </button>
                {LEADS_TO_PEOPLE.has(s.id) && (
                  <button type="button" onClick={onPeople}>
                    {t('people_openList')}
                  </button>
                )}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
