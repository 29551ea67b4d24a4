/** One kind in the library: whether Tend suggests it, how often, and its strategies. */
import type { KindPreference } from '../../src/settings/types.ts';
import type { Kind, Strategy } from '../../src/strategies/types.ts';
import { plural, t, type MessageKey } from '../../ui/i18n.ts';
import { StrategyDetails } from './now.tsx';

/** Weights offered as words; the settings page may store others, which are kept as they are. */
const WEIGHTS: readonly (readonly [number, MessageKey | ''])[] = [
  [0.5, 'weightLess'],
  [1, 'weightEven'],
  [2, 'weightMore'],
  [3, 'weightMost'],
];

interface Props {
  readonly kind: Kind;
  readonly pref: KindPreference;
  readonly strategies: readonly Strategy[];
  readonly busy: boolean;
  readonly onStart: (strategy: Strategy) => void;
  /** The new preference, and the words that say it applied. */
  readonly onPreference: (pref: KindPreference, said: string) => void;
}

export function KindGroup({ kind, pref, strategies, busy, onStart, onPreference }: Props) {
  const name = t(`kind_${kind}`);
  const weights = WEIGHTS.some(([w]) => w === pref.weight) ? WEIGHTS : [...WEIGHTS, [pref.weight, ''] as const];
  const weightName = (w: number) => {
    const key = WEIGHTS.find(([v]) => v === w)?.[1];
    return key ? t(key) : t('weightOther', String(w));
  };
  const onToggle = (enabled: boolean) => {
    onPreference({ ...pref, enabled }, t(enabled ? 'kindOn' : 'kindOff', name));
  };
  const onWeight = (weight: number) => {
    onPreference({ ...pref, weight }, t('kindWeight', [name, weightName(weight)]));
  };
  return (
    <details class="kind-group">
      <summary>
        <h2 class="name">{name}</h2>{' '}
        <span class="quiet">
          {t('kindCount', String(strategies.length))}
          {!pref.enabled && ` · ${t('kindIsOff')}`}
        </span>
      </summary>
      <div class="kind-controls">
        <label>
          <input type="checkbox" checked={pref.enabled} onChange={(e) => { onToggle(e.currentTarget.checked); }} />{' '}
          {t('kindSuggest')}
        </label>
        <label>
          {t('kindHowOften')}{' '}
          <select value={String(pref.weight)} disabled={!pref.enabled} onChange={(e) => { onWeight(Number(e.currentTarget.value)); }}>
            {weights.map(([w]) => (
              <option key={w} value={String(w)}>
                {weightName(w)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul class="strategies">
        {strategies.map((s) => (
          <li key={s.id}>
            <details class="strategy">
              <summary>
                <h3>{s.title}</h3> <span class="quiet">· {plural('minutes', s.minutes)}</span>
              </summary>
              <StrategyDetails strategy={s} heading={false} />
              <button type="button" class="primary" aria-disabled={busy} aria-label={t('startNamed', s.title)} onClick={() => { onStart(s); }}>
                {t('actionStart')}
              </button>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
