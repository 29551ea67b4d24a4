/**
 * Add your own strategy: a title, the line Tend shows, optional steps, a kind and how long
 * it takes. The kind is a choice with no default: one preset to Calm turned "Tea with Sam"
 * into a breathing exercise (issue 15). Minutes are digits only, so "1e2" is not 100. Checked here with the limits the worker enforces (src/limits.ts, read by the
 * schemas too), so the person learns what to change next to the field, in plain words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { NewCustomStrategy } from '../../src/protocol.ts';
import { MESSAGE_MAX, STEP_MAX, STEPS_MAX, STRATEGY_MINUTES_MAX, STRATEGY_MINUTES_MIN, TITLE_MAX } from '../../src/limits.ts';
import { KINDS, type Kind } from '../../src/strategies/types.ts';
import { plural, t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import css from './custom-form.css' with { type: 'text' };
import formCss from './form.css' with { type: 'text' };
import { addStyle } from './style.ts';

addStyle(formCss);
addStyle(css);

export interface CustomFields {
  readonly title: string;
  readonly message: string;
  readonly steps: string;
  /** '' until the person chooses one. */
  readonly kind: Kind | '';
  readonly minutes: string;
}
type Field = keyof CustomFields;
export type CustomErrors = Partial<Record<Field, string>>;

const EMPTY: CustomFields = { title: '', message: '', steps: '', kind: '', minutes: '5' };

/** A whole number typed as digits: `Number` alone takes "1e2", "0x10" and " 5.0 ". */
const WHOLE = /^\d+$/;

/** The new strategy, or what to fix, field by field. */
export function validateCustom(fields: CustomFields): { value: NewCustomStrategy } | { errors: CustomErrors } {
  const title = fields.title.trim();
  const message = fields.message.trim();
  const steps = fields.steps.split('\n').map((s) => s.trim()).filter((s) => s !== '');
  const minutes = Number(fields.minutes);
  const errors: CustomErrors = {};
  if (title === '') errors.title = t('errTitleEmpty');
  else if (title.length > TITLE_MAX) errors.title = plural('errTooLong', TITLE_MAX, [String(title.length)]);
  if (message === '') errors.message = t('errMessageEmpty');
  else if (message.length > MESSAGE_MAX) errors.message = plural('errTooLong', MESSAGE_MAX, [String(message.length)]);
  if (steps.length > STEPS_MAX) errors.steps = plural('errStepsMany', STEPS_MAX);
  else if (steps.some((s) => s.length > STEP_MAX)) errors.steps = plural('errStepLong', STEP_MAX);
  if (!WHOLE.test(fields.minutes.trim()) || !Number.isInteger(minutes) || minutes < STRATEGY_MINUTES_MIN || minutes > STRATEGY_MINUTES_MAX) {
    errors.minutes = plural('errMinutes', STRATEGY_MINUTES_MAX);
  }
  const { kind } = fields;
  if (kind === '') errors.kind = t('errKindMissing');
  if (Object.keys(errors).length > 0 || kind === '') return { errors };
  return { value: { kind, title, message, steps, minutes } };
}

const ORDER: readonly Field[] = ['title', 'message', 'steps', 'kind', 'minutes'];
const fieldId = (field: Field) => `custom-${field}`;

interface Props {
  readonly command: CommandRunner;
}

export function CustomForm({ command }: Props) {
  const [fields, setFields] = useState<CustomFields>(EMPTY);
  const [errors, setErrors] = useState<CustomErrors>({});
  // "Added …" is said under the Add button, where the person is looking: at the top of the
  // library it landed ~400 px above the visible area (issue 15).
  const [added, setAdded] = useState('');
  const addedLine = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (added !== '') addedLine.current?.scrollIntoView({ block: 'nearest' });
  }, [added]);
  const set = (field: Field) => (e: Event) => {
    setFields({ ...fields, [field]: (e.currentTarget as HTMLInputElement).value });
  };

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    const checked = validateCustom(fields);
    if ('errors' in checked) {
      setErrors(checked.errors);
      const first = ORDER.find((f) => checked.errors[f] !== undefined);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    setAdded('');
    if (await command.run('addCustom', checked.value)) {
      setFields(EMPTY);
      setAdded(t('customAdded', [checked.value.title, t(`kind_${checked.value.kind}`)]));
    }
  }

  /** Label, hint and error wired together so a screen reader reads all three. */
  const describe = (field: Field, hint: boolean) => ({
    id: fieldId(field),
    'aria-invalid': errors[field] !== undefined,
    'aria-describedby': [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].join(' ').trim() || undefined,
  });
  const problem = (field: Field) =>
    errors[field] && (
      <p class="field-error" id={`${fieldId(field)}-error`}>
        {errors[field]}
      </p>
    );

  return (
    <form class="custom-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby="custom-form-title">
      <h3 id="custom-form-title">{t('customHeading')}</h3>
      <label for={fieldId('title')}>{t('customTitle')}</label>
      <input type="text" autoComplete="off" value={fields.title} onInput={set('title')} {...describe('title', true)} />
      <p class="hint" id={`${fieldId('title')}-hint`}>{plural('customTitleHint', TITLE_MAX)}</p>
      {problem('title')}
      <label for={fieldId('message')}>{t('customMessage')}</label>
      <textarea rows={2} value={fields.message} onInput={set('message')} {...describe('message', true)} />
      <p class="hint" id={`${fieldId('message')}-hint`}>{plural('customMessageHint', MESSAGE_MAX)}</p>
      {problem('message')}
      <label for={fieldId('steps')}>{t('customSteps')}</label>
      <textarea rows={3} value={fields.steps} onInput={set('steps')} {...describe('steps', true)} />
      <p class="hint" id={`${fieldId('steps')}-hint`}>{t('customStepsHint')}</p>
      {problem('steps')}
      <div class="pair">
        <div>
          <label for={fieldId('kind')}>{t('customKind')}</label>
          <select required value={fields.kind} onChange={set('kind')} {...describe('kind', false)}>
            <option value="" disabled>
              {t('customKindChoose')}
            </option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind_${k}`)}
              </option>
            ))}
          </select>
          {problem('kind')}
        </div>
        <div>
          <label for={fieldId('minutes')}>{t('customMinutes')}</label>
          <input type="number" inputMode="numeric" min={STRATEGY_MINUTES_MIN} max={STRATEGY_MINUTES_MAX} step="1" value={fields.minutes} onInput={set('minutes')} {...describe('minutes', false)} />
        </div>
      </div>
      {problem('minutes')}
      <button type="submit" class="primary" aria-disabled={command.busy}>
        {t('customAdd')}
      </button>
      <p class="status" role="status" ref={addedLine}>
        {added}
      </p>
    </form>
  );
}
