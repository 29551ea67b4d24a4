/** How often: the average interval, how regular, the daily cap, the minimum gap, snooze. */
import * as limit from '../../../src/limits.ts';
import { plural, t } from '../../../ui/i18n.ts';
import { errorAt } from './check.ts';
import type { SettingsEditor } from './editor.ts';
import { Choice, Group, NumberField } from './fields.tsx';
import { formatDuration } from './words.ts';

/** From the shortest interval the schema allows to the longest. */
const INTERVALS = [limit.INTERVAL_MIN, 45, 60, 90, 120, 180, 240, 360, limit.INTERVAL_MAX] as const;

/** Spread as the person feels it: how much the gaps vary around the average. */
const REGULARITY = [
  [0, 'settings_spreadClockwork'],
  [0.2, 'settings_spreadSteady'],
  [0.4, 'settings_spreadNatural'],
  [0.5, 'settings_spreadLoose'],
] as const;

/** How often, on its own: the popup's quick settings show only this of the rhythm. */
export function IntervalChoice({ editor }: { readonly editor: SettingsEditor }) {
  return (
    <Choice
      id="settings-interval"
      label={t('settings_interval')}
      hint={t('settings_intervalHint')}
      value={editor.settings.intervalMinutes}
      options={INTERVALS.map((m) => [m, formatDuration(m)] as const)}
      describe={formatDuration}
      onValue={(intervalMinutes) => {
        editor.edit((d) => ({ ...d, intervalMinutes }));
      }}
    />
  );
}

export function RhythmSection({ editor }: { readonly editor: SettingsEditor }) {
  const s = editor.settings;
  return (
    <Group id="settings-rhythm" legend={t('settings_rhythm')}>
      <IntervalChoice editor={editor} />
      <Choice
        id="settings-spread"
        label={t('settings_spread')}
        hint={t('settings_spreadHint')}
        value={s.spread}
        options={REGULARITY.map(([v, key]) => [v, t(key)] as const)}
        describe={(v) => t('settings_spreadOther', String(Math.round(v * 100)))}
        onValue={(spread) => {
          editor.edit((d) => ({ ...d, spread }));
        }}
      />
      <NumberField
        id="settings-cap"
        label={t('settings_cap')}
        unit={(n) => plural('settings_capUnit', n)}
        value={s.dailyCap}
        min={limit.DAILY_CAP_MIN}
        max={limit.DAILY_CAP_MAX}
        error={errorAt(editor.errors, 'dailyCap')}
        onValue={(dailyCap, when) => {
          editor.edit((d) => ({ ...d, dailyCap }), when);
        }}
      />
      <NumberField
        id="settings-gap"
        label={t('settings_gap')}
        unit={(n) => plural('settings_minutesUnit', n)}
        hint={t('settings_gapHint')}
        value={s.minGapMinutes}
        min={limit.GAP_MIN}
        max={limit.GAP_MAX}
        error={errorAt(editor.errors, 'minGapMinutes')}
        onValue={(minGapMinutes, when) => {
          editor.edit((d) => ({ ...d, minGapMinutes }), when);
        }}
      />
      <NumberField
        id="settings-snooze"
        label={t('settings_snooze')}
        unit={(n) => plural('settings_minutesUnit', n)}
        hint={t('settings_snoozeHint')}
        value={s.snoozeMinutes}
        min={limit.SNOOZE_MIN}
        max={limit.SNOOZE_MAX}
        error={errorAt(editor.errors, 'snoozeMinutes')}
        onValue={(snoozeMinutes, when) => {
          editor.edit((d) => ({ ...d, snoozeMinutes }), when);
        }}
      />
    </Group>
  );
}
