/**
 * Which kinds of nudge, and how much of each (the picker's weights). The weights are edited
 * here only, on the options page, side by side since they are relative; the popup's quick
 * settings and the library switch kinds on and off (issue 15).
 */
import { KINDS } from '../../../src/strategies/types.ts';
import { t } from '../../../ui/i18n.ts';
import { errorAt } from './check.ts';
import type { SettingsEditor } from './editor.ts';
import { FieldError, Group } from './fields.tsx';

const WEIGHTS = [
  [0.25, 'settings_weightRare'],
  [0.5, 'settings_weightLess'],
  [1, 'settings_weightEven'],
  [1.5, 'settings_weightBit'],
  [2, 'settings_weightMore'],
  [3, 'settings_weightMost'],
] as const;

interface Props {
  readonly editor: SettingsEditor;
  /** Off in the popup: there kinds are only switched on and off. */
  readonly weights?: boolean;
}

export function KindsSection({ editor, weights: withWeights = true }: Props) {
  const kinds = editor.settings.kinds;
  const error = errorAt(editor.errors, 'kinds');
  return (
    <Group id="settings-kinds" legend={t('settings_kinds')}>
      <p class="hint">{t(withWeights ? 'settings_kindsHint' : 'settings_quickKindsHint')}</p>
      <ul class={withWeights ? 'kinds' : 'kinds switches'}>
        {KINDS.map((kind) => {
          const pref = kinds[kind];
          const id = `settings-kind-${kind}`;
          const name = t(`kind_${kind}`);
          const weights = WEIGHTS.some(([w]) => w === pref.weight)
            ? WEIGHTS.map(([w, key]) => [w, t(key)] as const)
            : [...WEIGHTS.map(([w, key]) => [w, t(key)] as const), [pref.weight, `× ${String(pref.weight)}`] as const];
          const set = (patch: Partial<typeof pref>): void => {
            editor.edit((d) => ({ ...d, kinds: { ...d.kinds, [kind]: { ...d.kinds[kind], ...patch } } }));
          };
          return (
            <li key={kind} class="kind-row">
              <span class="toggle">
                <input
                  id={id}
                  type="checkbox"
                  checked={pref.enabled}
                  onChange={(e) => {
                    set({ enabled: e.currentTarget.checked });
                  }}
                />
                <label for={id}>{name}</label>
              </span>
              {withWeights && <select
                aria-label={t('settings_weightOf', name)}
                disabled={!pref.enabled}
                onChange={(e) => {
                  const picked = weights[e.currentTarget.selectedIndex];
                  if (picked) set({ weight: picked[0] });
                }}
              >
                {weights.map(([w, words]) => (
                  <option key={w} value={String(w)} selected={w === pref.weight}>
                    {words}
                  </option>
                ))}
              </select>}
            </li>
          );
        })}
      </ul>
      <FieldError id="settings-kinds-error" error={error} />
    </Group>
  );
}
