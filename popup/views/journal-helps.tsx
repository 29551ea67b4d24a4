/**
 * "What seems to help you": once a kind has five after-Done answers (journal/helps.ts), the
 * kinds in the order they left this person lighter, in plain words, with the line that this
 * is a personal pattern, not a measurement. Nothing at all before that: two taps are noise.
 */
import type { FeltAnswer } from '../../src/journal/felt.ts';
import { whatHelps } from '../../src/journal/helps.ts';
import { plural, t } from '../../ui/i18n.ts';

export function WhatHelps({ felt }: { readonly felt: readonly FeltAnswer[] }) {
  const rows = whatHelps(felt);
  if (rows.length === 0) return null;
  return (
    <section class="card journal-helps" aria-labelledby="journal-helps-title">
      <h2 id="journal-helps-title">{t('journal_helpsHeading')}</h2>
      <p class="quiet">{t('journal_helpsPattern')}</p>
      <ol class="helps">
        {rows.map((row) => (
          <li key={row.kind}>
            <strong>{t(`kind_${row.kind}`)}</strong>
            <span class="helps-bar" aria-hidden="true">
              <span class="lighter" style={{ width: `${(100 * row.lighter) / row.answers}%` }} />
              <span class="same" style={{ width: `${(100 * row.same) / row.answers}%` }} />
              <span class="heavier" style={{ width: `${(100 * row.heavier) / row.answers}%` }} />
            </span>
            <span class="quiet">{plural('journal_helpsLighter', row.answers, [String(row.lighter)])}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
