/**
 * "How are you feeling?": the 48 words in their four families, each a toggle button whose
 * one-line definition shows on hover and on focus; one or several picked first, then an
 * optional line. Checked here by the core's own rule (checkDraft) before it is sent, so a
 * line that is too long is said next to the field and nothing is saved.
 */
import { useState } from 'preact/hooks';
import { checkDraft } from '../../src/journal/entries.ts';
import type { FeelingContent } from '../../src/journal/feeling-content.ts';
import { ENTRY_TEXT_MAX, ENTRY_WORDS_MAX } from '../../src/journal/limits.ts';
import type { JournalRefusal } from '../../src/journal/schema.ts';
import { FAMILIES, FEELINGS, type Family } from '../../src/journal/vocabulary.ts';
import { plural, t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import { familyName, fieldOf, refusalWords, type DraftField } from './journal-words.ts';

/** What the form holds: the words picked (in order) and the line; `editing` names the entry. */
export interface Draft {
  readonly words: readonly string[];
  readonly text: string;
  readonly editing: string | null;
}

export const EMPTY_DRAFT: Draft = { words: [], text: '', editing: null };

interface Props {
  readonly feelings: FeelingContent;
  readonly draft: Draft;
  readonly setDraft: (draft: Draft) => void;
  readonly command: CommandRunner;
  /** The entry was saved with these words. */
  readonly onSaved: (words: readonly string[], edited: boolean) => void;
}

const byFamily = (family: Family) => FEELINGS.filter((f) => f.family === family);

export function CheckIn({ feelings, draft, setDraft, command, onSaved }: Props) {
  const [errors, setErrors] = useState<Partial<Record<DraftField, string | undefined>>>({});
  const [described, setDescribed] = useState<string | null>(null);
  const length = draft.text.trim().length;
  const over = length > ENTRY_TEXT_MAX;

  function toggle(id: string): void {
    const picked = draft.words.includes(id);
    if (!picked && draft.words.length >= ENTRY_WORDS_MAX) {
      setErrors({ words: refusalWords({ code: 'too-many-words' }) });
      return;
    }
    setErrors({ ...errors, words: undefined });
    setDraft({ ...draft, words: picked ? draft.words.filter((w) => w !== id) : [...draft.words, id] });
  }

  function show(refusal: Pick<JournalRefusal, 'code' | 'path'>): void {
    const field = fieldOf(refusal);
    setErrors({ [field]: refusalWords(refusal, length) });
    document.getElementById(field === 'text' ? 'journal-text' : 'journal-words-first')?.focus();
  }

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const payload = { words: draft.words, text: draft.text };
    const checked = checkDraft(payload);
    if (!checked.ok) {
      show(checked);
      return;
    }
    const reply = draft.editing === null ? await command.run('addEntry', payload) : await command.run('editEntry', { ...payload, id: draft.editing });
    if (!reply) return;
    if (!reply.ok) {
      show(reply);
      return;
    }
    setErrors({});
    onSaved(draft.words, draft.editing !== null);
  }

  const definition = described ? feelings[described as keyof FeelingContent] : undefined;
  let first = true;
  return (
    <form class="journal-check-in" aria-labelledby="journal-title" noValidate onSubmit={(e) => void save(e)}>
      {FAMILIES.map((family) => (
        <fieldset key={family} class={`family family-${family}`}>
          <legend>{familyName(family)}</legend>
          <div class="feelings">
            {byFamily(family).map(({ id }) => {
              const text = feelings[id];
              const isFirst = first;
              first = false;
              return (
                <button
                  key={id}
                  id={isFirst ? 'journal-words-first' : undefined}
                  type="button"
                  class="feeling"
                  aria-pressed={draft.words.includes(id)}
                  aria-describedby={`feeling-def-${id}`}
                  title={text.definition}
                  onClick={() => { toggle(id); }}
                  onFocus={() => { setDescribed(id); }}
                  onMouseEnter={() => { setDescribed(id); }}
                >
                  {text.word}
                  <span id={`feeling-def-${id}`} hidden>
                    {text.definition}
                  </span>
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}
      {/* The focused or hovered word's definition, in view (the title tooltip needs a mouse). */}
      <p class="definition" aria-hidden="true">
        {definition ? (
          <>
            <strong>{definition.word}</strong>: {definition.definition}
          </>
        ) : (
          t('journal_definitionHint')
        )}
      </p>
      <p id="journal-words-error" class="field-error" role="alert">
        {errors.words ?? errors.form ?? ''}
      </p>
      <label for="journal-text">{t('journal_lineLabel')}</label>
      <textarea
        id="journal-text"
        dir="auto"
        rows={2}
        value={draft.text}
        aria-invalid={over || errors.text !== undefined}
        aria-describedby="journal-text-count journal-text-error"
        onInput={(e) => {
          setDraft({ ...draft, text: e.currentTarget.value });
          if (errors.text) setErrors({ ...errors, text: undefined });
        }}
      />
      <p id="journal-text-count" class={over ? 'count over' : 'count'}>
        {t('journal_lineCount', [String(length), String(ENTRY_TEXT_MAX)])}
      </p>
      <p id="journal-text-error" class="field-error" role="alert">
        {errors.text ?? (over ? plural('journal_errorTooLong', length - ENTRY_TEXT_MAX, [String(ENTRY_TEXT_MAX)]) : '')}
      </p>
      <div class="row">
        <button type="submit" class="primary" aria-disabled={command.busy}>
          {draft.editing === null ? t('journal_save') : t('journal_saveChanges')}
        </button>
        {draft.editing !== null && (
          <button type="button" onClick={() => { setErrors({}); setDraft(EMPTY_DRAFT); }}>
            {t('journal_cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
