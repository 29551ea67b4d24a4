/**
 * Adding someone, or changing what Tend knows about them: a name, how often to be in touch
 * (a preset or every N days), and two optional notes. The worker checks every field with the
 * people core's schemas and answers a refusal as a code and a field; the message goes next to
 * that field and nothing is saved (issue 11).
 */
import { useState } from 'preact/hooks';
import type { PeopleCode } from '../../src/people/codes.ts';
import { NAME_MAX, NOTE_MAX, RHYTHM_DAYS, RHYTHM_PRESETS, presetOf } from '../../src/people/limits.ts';
import type { Person } from '../../src/people/person.ts';
import { t } from '../../ui/i18n.ts';
import type { CommandRunner } from '../../ui/use-command.ts';
import { refusalText } from './people-words.ts';

interface Fields {
  readonly name: string;
  /** A preset's days as text, or 'custom'. */
  readonly rhythm: string;
  readonly days: string;
  readonly howToReach: string;
  readonly nextTime: string;
}
type Field = 'name' | 'rhythmDays' | 'howToReach' | 'nextTime';
type Errors = Partial<Record<Field | 'form', string>>;

const ORDER: readonly Field[] = ['name', 'rhythmDays', 'howToReach', 'nextTime'];

function fieldsOf(person: Person | undefined): Fields {
  if (!person) return { name: '', rhythm: '14', days: '10', howToReach: '', nextTime: '' };
  const preset = presetOf(person.rhythmDays) !== null;
  return {
    name: person.name,
    rhythm: preset ? String(person.rhythmDays) : 'custom',
    days: String(person.rhythmDays),
    howToReach: person.howToReach ?? '',
    nextTime: person.nextTime ?? '',
  };
}

interface Props {
  readonly command: CommandRunner;
  /** The person to edit; absent to add someone new. */
  readonly person?: Person;
  /** Called with the words that say what was saved. */
  readonly onSaved: (said: string) => void;
  readonly onCancel?: () => void;
}

export function PersonForm({ command, person, onSaved, onCancel }: Props) {
  const [fields, setFields] = useState<Fields>(() => fieldsOf(person));
  const [errors, setErrors] = useState<Errors>({});
  const prefix = person ? `edit-${person.id}` : 'add-person';
  const id = (field: Field | 'rhythm') => `${prefix}-${field}`;
  const set = (key: keyof Fields) => (e: Event) => {
    setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value });
  };

  function typed(field: Field): string {
    return field === 'name' || field === 'howToReach' || field === 'nextTime' ? fields[field] : fields.days;
  }

  async function submit(e: Event): Promise<void> {
    e.preventDefault();
    const rhythmDays = fields.rhythm === 'custom' ? Number(fields.days.trim() === '' ? Number.NaN : fields.days) : Number(fields.rhythm);
    const values = { name: fields.name, rhythmDays, howToReach: fields.howToReach, nextTime: fields.nextTime };
    const reply = person
      ? await command.run('editPerson', { id: person.id, patch: values })
      : await command.run('addPerson', values);
    if (!reply) return;
    if (!reply.ok) {
      showRefusal(reply.code, reply.path);
      return;
    }
    setErrors({});
    if (!person) setFields(fieldsOf(undefined));
    onSaved(t(person ? 'people_saved' : 'people_added', [fields.name.trim()]));
  }

  function showRefusal(code: PeopleCode, path: string): void {
    const field = ORDER.find((f) => f === path);
    if (!field) {
      setErrors({ form: refusalText(code, path) });
      return;
    }
    setErrors({ [field]: refusalText(code, path, typed(field)) });
    document.getElementById(field === 'rhythmDays' && fields.rhythm !== 'custom' ? id('rhythm') : id(field))?.focus();
  }

  /** Label, hint and message wired together, so a screen reader reads all three. */
  const describe = (field: Field, hint: boolean) => ({
    id: id(field),
    'aria-invalid': errors[field] !== undefined,
    'aria-describedby': [hint ? `${id(field)}-hint` : '', errors[field] ? `${id(field)}-error` : ''].join(' ').trim() || undefined,
  });
  const problem = (field: Field) =>
    errors[field] && (
      <p class="field-error" id={`${id(field)}-error`}>
        {errors[field]}
      </p>
    );
  const custom = fields.rhythm === 'custom';

  return (
    <form class="person-form" noValidate onSubmit={(e) => void submit(e)} aria-label={person ? t('people_editLabel', [person.name]) : t('people_addHeading')}>
      <label for={id('name')}>{t('people_name')}</label>
      <input type="text" dir="auto" autoComplete="off" value={fields.name} onInput={set('name')} {...describe('name', true)} />
      <p class="hint" id={`${id('name')}-hint`}>{t('people_nameHint', [String(NAME_MAX)])}</p>
      {problem('name')}
      <label for={id('rhythm')}>{t('people_rhythm')}</label>
      <select id={id('rhythm')} value={fields.rhythm} onChange={set('rhythm')} aria-invalid={!custom && errors.rhythmDays !== undefined}>
        {RHYTHM_PRESETS.map((p) => (
          <option key={p.id} value={String(p.days)}>
            {t(`people_rhythm_${p.id}`)}
          </option>
        ))}
        <option value="custom">{t('people_rhythmCustom')}</option>
      </select>
      {custom && (
        <>
          <label for={id('rhythmDays')}>{t('people_rhythmDaysLabel')}</label>
          <input type="number" inputMode="numeric" min={RHYTHM_DAYS.min} max={RHYTHM_DAYS.max} step="1" value={fields.days} onInput={set('days')} {...describe('rhythmDays', true)} />
          <p class="hint" id={`${id('rhythmDays')}-hint`}>{t('people_rhythmDaysHint', [String(RHYTHM_DAYS.min), String(RHYTHM_DAYS.max)])}</p>
        </>
      )}
      {problem('rhythmDays')}
      <label for={id('howToReach')}>{t('people_howToReach')}</label>
      <input type="text" dir="auto" autoComplete="off" placeholder={t('people_howToReachExample')} value={fields.howToReach} onInput={set('howToReach')} {...describe('howToReach', true)} />
      <p class="hint" id={`${id('howToReach')}-hint`}>{t('people_noteHint', [String(NOTE_MAX)])}</p>
      {problem('howToReach')}
      <label for={id('nextTime')}>{t('people_nextTime')}</label>
      <input type="text" dir="auto" autoComplete="off" placeholder={t('people_nextTimeExample')} value={fields.nextTime} onInput={set('nextTime')} {...describe('nextTime', true)} />
      <p class="hint" id={`${id('nextTime')}-hint`}>{t('people_noteHint', [String(NOTE_MAX)])}</p>
      {problem('nextTime')}
      {errors.form && <p class="field-error">{errors.form}</p>}
      <div class="row">
        <button type="submit" class="primary" aria-disabled={command.busy}>
          {person ? t('people_save') : t('people_add')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('people_cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
