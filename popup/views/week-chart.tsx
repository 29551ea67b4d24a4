/**
 * The week at a glance: one bar per day, stacked by kind. Inline SVG (no chart library
 * at this size); screen readers get the same numbers from its label, and the legend says
 * them in words.
 */
import type { ChartDay } from '../../src/log/week-chart.ts';
import { KINDS, type Kind } from '../../src/strategies/types.ts';
import { uiLanguage } from '../../ui/format.ts';
import { t } from '../../ui/i18n.ts';

/** Mid-tone colours that read on the light and the dark background alike. */
export const KIND_COLOURS: Readonly<Record<Kind, string>> = {
  connect: '#d9644a',
  community: '#c7862b',
  move: '#3f9b5a',
  body: '#2f8f8a',
  reflect: '#4a7fd0',
  calm: '#6a68d6',
  perspective: '#9a5cc6',
  steps: '#c2548f',
  gratitude: '#a8922a',
  boundaries: '#7a8590',
  professional: '#8a6d4e',
};

const WIDTH = 336;
const COLUMN = WIDTH / 7;
const BAR = 26;
const TOP = 6;
const BARS_HEIGHT = 70;
const HEIGHT = TOP + BARS_HEIGHT + 20;

/** "Mon", "Tue"… for a "2025-03-30" date key, in the browser's language. */
const weekdayName = new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', timeZone: 'UTC' });
export const dayLabel = (date: string): string => weekdayName.format(new Date(`${date}T12:00:00Z`));

export function WeekChart({ days }: { readonly days: readonly ChartDay[] }) {
  const most = Math.max(4, ...days.map((d) => d.total));
  const scale = BARS_HEIGHT / most;
  const label = t('chartLabel', days.map((d) => `${dayLabel(d.date)} ${d.total}`).join(', '));
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line x1="0" x2={WIDTH} y1={TOP + BARS_HEIGHT} y2={TOP + BARS_HEIGHT} class="axis" />
      {days.map((day, i) => {
        const x = i * COLUMN + (COLUMN - BAR) / 2;
        let y = TOP + BARS_HEIGHT;
        return (
          <g key={day.date}>
            {KINDS.filter((k) => day.shown[k] > 0).map((kind) => {
              const h = day.shown[kind] * scale;
              y -= h;
              return <rect key={kind} x={x} y={y} width={BAR} height={Math.max(h - 1, 1)} rx="3" fill={KIND_COLOURS[kind]} />;
            })}
            <text x={i * COLUMN + COLUMN / 2} y={HEIGHT - 4} text-anchor="middle" class={i === 6 ? 'today' : undefined}>
              {dayLabel(day.date)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
