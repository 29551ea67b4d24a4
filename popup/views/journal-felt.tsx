/**
 * After Done: one optional tap, "How do you feel now?" — lighter, about the same, heavier.
 * Dismissible, never required, and off in Settings for whoever does not want it (issue 12).
 * Its own chunk, fetched after Done, so the first paint does not carry it.
 */
import { useEffect, useState } from 'preact/hooks';
import { FELT, type Felt } from '../../src/journal/helps.ts';
import { t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import css from './journal-felt.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(css);

export interface FeltAskProps {
  readonly nudgeId: string;
  readonly command: CommandRunner;
  readonly onClose: () => void;
}

export function FeltAsk({ nudgeId, command, onClose }: FeltAskProps) {
  const [said, setSaid] = useState(false);
  // Done took its button away: the question is where focus goes next.
  useEffect(() => {
    document.getElementById('felt-title')?.focus();
  }, []);
  function close(): void {
    onClose();
    // The question and its button are gone with it: focus goes on to the card below, as it
    // does after an answer (now.tsx), instead of falling back to the page.
    setTimeout(() => {
      (document.getElementById('nudge-title') ?? document.getElementById('empty-title'))?.focus();
    }, 0);
  }
  async function answer(felt: Felt): Promise<void> {
    const reply = await command.run('felt', { nudgeId, felt });
    if (reply?.ok) setSaid(true);
  }
  return (
    <section class="card felt-ask" aria-labelledby="felt-title">
      <div class="felt-head">
        <h2 id="felt-title" tabIndex={-1}>{said ? t('journal_feltThanks') : t('journal_feltQuestion')}</h2>
        <button type="button" class="link" aria-describedby="felt-title" onClick={close}>
          {t('journal_feltDismiss')}
        </button>
      </div>
      {!said && (
        <div class="row" role="group" aria-labelledby="felt-title">
          {FELT.map((felt) => (
            <button key={felt} type="button" aria-disabled={command.busy} onClick={() => void answer(felt)}>
              {t(`journal_felt_${felt}`)}
            </button>
          ))}
        </div>
      )}
      {!said && <p class="quiet">{t('journal_feltOptional')}</p>}
    </section>
  );
}
