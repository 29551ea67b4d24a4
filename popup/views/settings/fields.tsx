/** Small labelled controls the settings sections share. Every control has a visible label. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import formCss from '../form.css' with { type: 'text' };
import { addStyle } from '../style.ts';

addStyle(formCss);

/** Always present (empty when all is well) so screen readers hear a message when it appears. */
export function FieldError({ id, error }: { readonly id: string; readonly error: string | undefined }) {
  return (
    <p class="field-error" id={id} aria-live="polite">
      {error}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]): string => ids.filter(Boolean).join(' ');

interface NumberFieldProps {
  readonly id: string;
  readonly label: string;
  /** The unit's words for the number shown ("1 nudge", "4 nudges"): `plural` with the unit's key. */
  readonly unit: (count: number) => string;
  readonly hint?: string | undefined;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly error: string | undefined;
  /** Called as the person types; `commit` when they leave the field or press Enter. */
  readonly onValue: (value: number, when: 'now' | 'soon') => void;
}

/** A whole number with its unit. Keeps what was typed, even when it is not a number yet. */
export function NumberField({ id, label, unit, hint, value, min, max, error, onValue }: NumberFieldProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    if (!Number.isNaN(value) && Number(text) !== value) setText(String(value));
    // Only a new value from outside (storage, another page) replaces what was typed.
  }, [value]);
  const read = (raw: string): number => (raw.trim() === '' ? Number.NaN : Number(raw));
  const typed = read(text);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="with-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={text}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={describedBy(hint && `${id}-hint`, `${id}-error`)}
          onInput={(e) => {
            const raw = e.currentTarget.value;
            setText(raw);
            onValue(read(raw), 'soon');
          }}
          onChange={(e) => {
            onValue(read(e.currentTarget.value), 'now');
          }}
        />
        <span aria-hidden="true">{unit(Number.isFinite(typed) ? typed : value)}</span>
      </span>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}

interface ChoiceProps<T extends string | number> {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: T;
  /** [value, words] pairs; the current value is added if it is not among them (e.g. imported). */
  readonly options: readonly (readonly [T, string])[];
  readonly describe: (value: T) => string;
  readonly disabled?: boolean;
  readonly onValue: (value: T) => void;
}

/** A select: nothing impossible can be chosen. */
export function Choice<T extends string | number>({ id, label, hint, value, options, describe, disabled, onValue }: ChoiceProps<T>) {
  const all = options.some(([v]) => v === value) ? options : [...options, [value, describe(value)] as const];
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const picked = all[e.currentTarget.selectedIndex];
          if (picked) onValue(picked[0]);
        }}
      >
        {all.map(([v, words]) => (
          <option key={String(v)} value={String(v)} selected={v === value}>
            {words}
          </option>
        ))}
      </select>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

interface ToggleProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly checked: boolean;
  readonly onValue: (checked: boolean) => void;
  /** A switch that takes effect at once (sync's), announced as one. */
  readonly role?: 'switch';
  /** While a change is on its way: still focusable, said to be unavailable. */
  readonly busy?: boolean;
  /** Set under the toggle above it, whose choice it depends on. */
  readonly nested?: boolean;
}

export function Toggle({ id, label, hint, checked, onValue, role, busy, nested = false }: ToggleProps) {
  return (
    <div class={nested ? 'toggle nested' : 'toggle'}>
      <input
        id={id}
        type="checkbox"
        role={role}
        checked={checked}
        aria-disabled={busy}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          onValue(e.currentTarget.checked);
        }}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

/** A group of settings: a fieldset whose legend names it. */
export function Group({ id, legend, children }: { readonly id: string; readonly legend: string; readonly children: ComponentChildren }) {
  return (
    <fieldset class="group" id={id}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
