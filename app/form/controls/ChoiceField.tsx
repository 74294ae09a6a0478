import type { form } from '../../../src/index';
import { formatPath, form as core } from '../../../src/index';
import { useForm } from '../FormContext';
import { FieldShell, INPUT_CLASS } from './FieldShell';

export interface ChoiceOption {
  readonly value: string | boolean;
  readonly label?: string;
}

interface ChoiceFieldProps {
  readonly at: form.View;
  readonly label: string;
  readonly options: readonly ChoiceOption[];
  /** Label of the empty choice (the field is left out). */
  readonly unsetLabel?: string;
  readonly hint?: string;
  readonly className?: string;
}

const key = (v: unknown): string => `${typeof v}:${String(v)}`;

/**
 * A select bound to one scalar: an "unset" choice, the allowed values, and the value the document
 * holds when it is none of them (shown as is, so nothing is hidden; the core says what is wrong).
 */
export function ChoiceField({
  at,
  label,
  options,
  unsetLabel = '(not set)',
  hint,
  className,
}: ChoiceFieldProps) {
  const { root, edit, readOnly } = useForm();
  const current = at.value;
  const known = options.some((o) => key(o.value) === key(current));
  const all: ChoiceOption[] = [...options];
  if (current !== undefined && current !== null && !known) {
    all.push({ value: current as string, label: `${core.scalarText(current)} (as written)` });
  }
  const selected = current === undefined || current === null ? '' : key(current);
  return (
    <FieldShell path={at.path} label={label} hint={hint} className={className ?? ''}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          data-path={formatPath(at.path)}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          disabled={readOnly}
          value={selected}
          className={INPUT_CLASS}
          onChange={(event) => {
            const picked = all.find((o) => key(o.value) === event.target.value);
            edit(core.setValue(root, at.path, picked ? picked.value : undefined));
          }}
        >
          <option value="">{unsetLabel}</option>
          {all.map((o) => (
            <option key={key(o.value)} value={key(o.value)}>
              {o.label ?? String(o.value)}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export const BOOL_OPTIONS: readonly ChoiceOption[] = [
  { value: true, label: 'true' },
  { value: false, label: 'false' },
];
