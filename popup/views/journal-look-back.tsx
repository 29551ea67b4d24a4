/**
 * Looking back: this week's entries with their words, and over four weeks which families
 * came up (a small inline SVG drawn with Preact elements) and the words used most. Counts
 * of what was written, never a score, a streak or days "missed"; an empty week reads kindly.
 * The person's line is text, `dir="auto"`, so markup stays markup and any script reads right.
 */
import type { FeelingContent } from '../../src/journal/feeling-content.ts';
import { familiesOverWeeks, lastWeek, wordsUsedMost, type FamilyWeek } from '../../src/journal/look-back.ts';
import type { Entry } from '../../src/journal/schema.ts';
import { FAMILIES, familyOf, type Family } from '../../src/journal/vocabulary.ts';
import { formatDay, formatTime, localZone, uiLanguage } from '../../ui/format.ts';
import { plural, t } from '../../ui/i18n.ts';
import { familyName } from './journal-words.ts';

/** Mid-tones that read on the light and the dark background alike (as the log's chart). */
export const FAMILY_COLOURS: Readonly<Record<Family, string>> = {
  'pleasant-high': '#c7862b',
  'pleasant-low': '#3f9b5a',
  'unpleasant-high': '#d9644a',
  'unpleasant-low': '#4a7fd0',
};

const wordOf = (feelings: FeelingContent, id: string): string => (Object.hasOwn(feelings, id) ? feelings[id as keyof FeelingContent].word : id);

interface WeekProps {
  readonly entries: readonly Entry[];
  readonly feelings: FeelingContent;
  readonly now: number;
  readonly busy: boolean;
  readonly onEdit: (entry: Entry) => void;
  readonly onDelete: (entry: Entry) => void;
}

export function ThisWeek({ entries, feelings, now, busy, onEdit, onDelete }: WeekProps) {
  const week = lastWeek(entries, now, localZone());
  return (
    <section class="card journal-week" aria-labelledby="journal-week-title">
      <h2 id="journal-week-title">{t('journal_weekHeading')}</h2>
      {week.length === 0 ? (
        <p class="quiet">{t('journal_weekEmpty')}</p>
      ) : (
        <ol class="entries">
          {week.map((entry) => {
            const words = entry.words.map((w) => wordOf(feelings, w)).join(', ');
            return (
              <li key={entry.id} class="entry">
                <p class="when">
                  <time dateTime={new Date(entry.at).toISOString()}>
                    {formatDay(entry.at)} · {formatTime(entry.at)}
                  </time>
                </p>
                <p class="words">
                  {entry.words.map((w) => (
                    <span key={w} class={`chip family-${familyOf(w) ?? ''}`}>
                      {wordOf(feelings, w)}
                    </span>
                  ))}
                </p>
                {entry.text !== undefined && (
                  <p class="line" dir="auto">
                    {entry.text}
                  </p>
                )}
                <div class="entry-actions">
                  <button type="button" class="link" aria-label={t('journal_editNamed', words)} onClick={() => { onEdit(entry); }}>
                    {t('journal_edit')}
                  </button>
                  <button type="button" class="link" aria-disabled={busy} aria-label={t('journal_deleteNamed', words)} onClick={() => { onDelete(entry); }}>
                    {t('journal_delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const WIDTH = 336;
const TOP = 6;
const BARS = 64;
const HEIGHT = TOP + BARS + 20;
const GROUP = WIDTH / 4;
const BAR = 12;

const short = new Intl.DateTimeFormat(uiLanguage(), { day: 'numeric', month: 'short', timeZone: 'UTC' });
const weekLabel = (week: FamilyWeek): string => short.format(new Date(`${week.from}T12:00:00Z`));

/** Four groups of four bars: per week, how many entries touched each family. */
function FamiliesChart({ weeks }: { readonly weeks: readonly FamilyWeek[] }) {
  const most = Math.max(4, ...weeks.flatMap((w) => FAMILIES.map((f) => w.families[f])));
  const scale = BARS / most;
  const label = t(
    'journal_chartLabel',
    weeks.map((w) => `${weekLabel(w)}: ${FAMILIES.map((f) => `${familyName(f)} ${String(w.families[f])}`).join(', ')}`).join('; '),
  );
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <line x1="0" x2={WIDTH} y1={TOP + BARS} y2={TOP + BARS} class="axis" />
      {weeks.map((week, i) => {
        const left = i * GROUP + (GROUP - FAMILIES.length * (BAR + 3)) / 2;
        return (
          <g key={week.from}>
            {FAMILIES.map((family, j) => {
              const h = week.families[family] * scale;
              return h > 0 ? (
                <rect key={family} x={left + j * (BAR + 3)} y={TOP + BARS - h} width={BAR} height={h} rx="3" fill={FAMILY_COLOURS[family]} />
              ) : null;
            })}
            <text x={i * GROUP + GROUP / 2} y={HEIGHT - 4} text-anchor="middle" class={i === weeks.length - 1 ? 'today' : undefined}>
              {i === weeks.length - 1 ? t('journal_thisWeek') : weekLabel(week)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export function FourWeeks({ entries, feelings, now }: Pick<WeekProps, 'entries' | 'feelings' | 'now'>) {
  const weeks = familiesOverWeeks(entries, now, localZone(), 4);
  const total = weeks.reduce((n, w) => n + w.entries, 0);
  const most = wordsUsedMost(entries, now, 5, 28);
  return (
    <section class="card journal-weeks" aria-labelledby="journal-weeks-title">
      <h2 id="journal-weeks-title">{t('journal_weeksHeading')}</h2>
      {total === 0 ? (
        <p class="quiet">{t('journal_weeksEmpty')}</p>
      ) : (
        <>
          <FamiliesChart weeks={weeks} />
          <ul class="legend" aria-label={t('journal_legendLabel')}>
            {FAMILIES.map((family) => (
              <li key={family}>
                <span class="swatch" style={{ background: FAMILY_COLOURS[family] }} aria-hidden="true" />
                {familyName(family)}
              </li>
            ))}
          </ul>
          <h3>{t('journal_mostHeading')}</h3>
          <ol class="most">
            {most.map(({ id, count }) => (
              <li key={id}>
                <span class={`chip family-${familyOf(id) ?? ''}`}>{wordOf(feelings, id)}</span> {plural('journal_times', count)}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
