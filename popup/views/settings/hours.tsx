/**
 * Active hours: a few time ranges per weekday. One list for every day by default (most
 * people keep the same hours); unticking "same every day" shows a list per day. A range
 * that crosses midnight and one that overlaps another are named under it (src/settings/
 * ranges.ts), not refused: both are meaningful, and the calendar merges overlaps.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { RANGES_A_DAY_MAX } from '../../../src/limits.ts';
import { isOvernight, overlaps, type RangeRef } from '../../../src/settings/ranges.ts';
import type { ActiveHours, TimeRange } from '../../../src/settings/types.ts';
import { WEEKDAYS, type Weekday } from '../../../src/time/local-date.ts';
import { firstWeekday, weekdaysFrom } from '../../../src/time/week-start.ts';
import { uiLanguage } from '../../../ui/format.ts';
import { t } from '../../../ui/i18n.ts';
import { errorAt } from './check.ts';
import type { SettingsEditor } from './editor.ts';
import { FieldError, Group, Toggle } from './fields.tsx';
import { formatClock, sameEveryDay, weekdayName } from './words.ts';

const everyDay = (ranges: readonly TimeRange[]): ActiveHours =>
  Object.fromEntries(WEEKDAYS.map((day) => [day, ranges])) as Record<Weekday, readonly TimeRange[]>;

/** A new range starts where the last one ends and lasts two hours; the first is the default day. */
function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges[ranges.length - 1];
  if (!last) return { start: '09:00', end: '21:00' };
  const hour = (Number(last.end.slice(0, 2)) + 2) % 24;
  return { start: last.end, end: `${String(hour).padStart(2, '0')}${last.end.slice(2)}` };
}

export function HoursSection({ editor }: { readonly editor: SettingsEditor }) {
  const hours = editor.settings.activeHours;
  const [same, setSame] = useState(() => sameEveryDay(hours));
  const overlapping = overlaps(hours);
  const setHours = (activeHours: ActiveHours): void => {
    editor.edit((d) => ({ ...d, activeHours }));
  };
  return (
    <Group id="settings-hours" legend={t('settings_hoursLegend')}>
      <p class="hint">{t('settings_hoursHint', [formatClock('22:00', 'input'), formatClock('01:00', 'input')])}</p>
      <Toggle
        id="settings-same-hours"
        label={t('settings_sameEveryDay')}
        hint={same ? undefined : t('settings_sameEveryDayHint')}
        checked={same}
        onValue={(checked) => {
          setSame(checked);
          // Monday's hours become everyone's; nothing changes when they already match.
          if (checked && !sameEveryDay(hours)) setHours(everyDay(hours.mon));
        }}
      />
      {same ? (
        <DayRanges
          day="mon"
          name={t('settings_everyDay')}
          empty={t('settings_noHoursAnyDay')}
          ranges={hours.mon}
          week={hours}
          overlapping={overlapping.mon}
          errors={editor.errors}
          onRanges={(ranges) => {
            setHours(everyDay(ranges));
          }}
        />
      ) : (
        weekdaysFrom(firstWeekday(uiLanguage())).map((day) => (
          <DayRanges
            key={day}
            day={day}
            name={weekdayName(day)}
            empty={t('settings_noHours')}
            ranges={hours[day]}
            week={hours}
            overlapping={overlapping[day]}
            errors={editor.errors}
            onRanges={(ranges) => {
              setHours({ ...hours, [day]: ranges });
            }}
          />
        ))
      )}
    </Group>
  );
}

interface DayProps {
  readonly day: Weekday;
  readonly name: string;
  /** What an empty list means: no nudges that day, or (same every day) on any day. */
  readonly empty: string;
  readonly ranges: readonly TimeRange[];
  /** The whole week, for the range another one overlaps (`overlapping`). */
  readonly week: ActiveHours;
  readonly overlapping: readonly (RangeRef | null)[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onRanges: (ranges: readonly TimeRange[]) => void;
}

function DayRanges({ day, name, empty, ranges, week, overlapping, errors, onRanges }: DayProps) {
  const box = useRef<HTMLFieldSetElement>(null);
  // Where focus goes after adding or removing a range, so the keyboard never falls to the page.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    box.current?.querySelector<HTMLElement>(focusNext.current)?.focus();
    focusNext.current = null;
  });
  const change = (i: number, patch: Partial<TimeRange>): void => {
    onRanges(ranges.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  };
  return (
    <fieldset class="day" ref={box}>
      <legend>{name}</legend>
      {ranges.length === 0 && <p class="hint">{empty}</p>}
      <ul class="ranges">
        {ranges.map((range, i) => {
          const id = `settings-${day}-${i}`;
          const error = errorAt(errors, `activeHours.${day}[${i}]`);
          const ref = overlapping[i];
          const other = ref ? week[ref.day][ref.index] : undefined;
          const note = [
            isOvernight(range) ? t('settings_overnight', range.end) : '',
            other ? t('settings_overlaps', `${other.start}–${other.end}`) : '',
          ].filter((words) => words !== '').join(' ');
          const described = note === '' ? `${id}-error` : `${id}-error ${id}-note`;
          return (
            <li key={i}>
              <div class="range">
                <label class="sr-only" for={`${id}-start`}>
                  {t('settings_from')}
                </label>
                <input
                  id={`${id}-start`}
                  type="time"
                  required
                  value={range.start}
                  aria-invalid={error ? 'true' : 'false'}
                  aria-describedby={described}
                  onChange={(e) => {
                    change(i, { start: e.currentTarget.value });
                  }}
                />
                <span aria-hidden="true">–</span>
                <label class="sr-only" for={`${id}-end`}>
                  {t('settings_to')}
                </label>
                <input
                  id={`${id}-end`}
                  type="time"
                  required
                  value={range.end}
                  aria-invalid={error ? 'true' : 'false'}
                  aria-describedby={described}
                  onChange={(e) => {
                    change(i, { end: e.currentTarget.value });
                  }}
                />
                <button
                  type="button"
                  class="remove"
                  aria-label={t('settings_removeRange', [range.start, range.end, name])}
                  title={t('settings_remove')}
                  onClick={() => {
                    focusNext.current = i > 0 ? `#settings-${day}-${i - 1}-start` : '.add';
                    onRanges(ranges.filter((_, j) => j !== i));
                  }}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
              <FieldError id={`${id}-error`} error={error} />
              {note !== '' && (
                <p class="hint range-note" id={`${id}-note`}>
                  {note}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {ranges.length < RANGES_A_DAY_MAX && (
        <button
          type="button"
          class="add"
          aria-label={t('settings_addRangeTo', name)}
          onClick={() => {
            focusNext.current = `#settings-${day}-${ranges.length}-start`;
            onRanges([...ranges, nextRange(ranges)]);
          }}
        >
          {t('settings_addRange')}
        </button>
      )}
    </fieldset>
  );
}
