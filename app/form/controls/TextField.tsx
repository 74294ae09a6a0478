import type { form } from '../../../src/index';
import { formatPath, form as core } from '../../../src/index';
import { useForm } from '../FormContext';
import { FieldShell, INPUT_CLASS } from './FieldShell';
import { useDraft } from './useDraft';

export type Parse = (text: string) => { ok: true; value: unknown } | { ok: false; message: string };

const asString: Parse = (text) => ({ ok: true, value: text });

/** Whole numbers as numbers; anything else stays a draft with a hint. */
export const asInteger: Parse = (text) => {
  const t = text.trim();
  if (t === '') return { ok: true, value: '' };
  if (!/^-?\d+$/.test(t)) return { ok: false, message: 'Type a whole number' };
  const n = Number(t);
  return Number.isSafeInteger(n)
    ? { ok: true, value: n }
    : { ok: false, message: 'This number is too large' };
};

interface TextFieldProps {
  readonly at: form.View;
  readonly label: string;
  readonly parse?: Parse;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly list?: string;
  readonly className?: string;
  readonly mono?: boolean;
}

/** A text input bound to one scalar of the document; empty means unset. */
export function TextField({
  at,
  label,
  parse = asString,
  placeholder,
  hint,
  list,
  className,
  mono,
}: TextFieldProps) {
  const { root, edit, readOnly } = useForm();
  const draft = useDraft(core.scalarText(at.value));
  const parsed = parse(draft.shown);
  return (
    <FieldShell
      path={at.path}
      label={label}
      hint={parsed.ok ? hint : parsed.message}
      className={className ?? ''}
    >
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          data-path={formatPath(at.path)}
          aria-describedby={describedBy}
          aria-invalid={invalid || !parsed.ok}
          disabled={readOnly}
          value={draft.shown}
          placeholder={placeholder}
          list={list}
          spellCheck={false}
          autoComplete="off"
          className={`${INPUT_CLASS} ${mono === false ? '' : 'font-mono'}`}
          onChange={(event) => {
            const text = event.target.value;
            draft.type(text);
            const result = parse(text);
            if (result.ok) edit(core.setValue(root, at.path, result.value));
          }}
          onBlur={draft.leave}
        />
      )}
    </FieldShell>
  );
}
