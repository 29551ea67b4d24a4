/**
 * Who wrote a source, as every page says it: the name (with the date where asked), or, for
 * an article that names no one, "author not named" set as a note, so it never reads as a
 * publisher of that name (issue 15).
 */
import type { Source } from '../../src/strategies/sources.ts';
import { t } from '../../ui/i18n.ts';
import { addStyle } from './style.ts';

addStyle('cite { font-style: normal; } .byline-note { font-style: italic; }');

export function Byline({ source, date = false }: { readonly source: Source; readonly date?: boolean }) {
  const when = date && source.date !== '' ? `, ${source.date}` : '';
  if (source.publisher === '') return <span class="byline-note">{t('sourceAuthorNotNamed')}{when}</span>;
  return <>{source.publisher}{when}</>;
}
