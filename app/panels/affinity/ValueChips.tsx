import { useState } from 'react';
import type { Edit } from '../../../src/index';
import { formatPath, form as core } from '../../../src/index';
import { INPUT_CLASS } from '../../form/controls/FieldShell';
import { InlineInput } from '../../form/controls/InlineInput';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm } from '../../form/FormContext';
import { parseValuesText } from './affinityModel';

interface ValueChipsProps {
  readonly values: core.View;
  readonly label: string;
  /** Hide the "add value" input (for operators that take no values). */
  readonly noAdd?: boolean;
}

/** The values of an In / NotIn requirement: each editable in place, removable, and an input to add more. */
export function ValueChips({ values, label, noAdd = false }: ValueChipsProps) {
  const { root, edit, readOnly } = useForm();
  const [next, setNext] = useState('');
  const items = core.items(values);
  const add = (): void => {
    const added = parseValuesText(next, 'In');
    if (added.length === 0) return;
    const base = items.length;
    const edits: Edit[] = added.map((value, i) => ({
      op: 'insert',
      path: values.path,
      index: base + i,
      value,
    }));
    edit(edits);
    setNext('');
  };
  return (
    <div className="flex min-w-0 flex-wrap items-start gap-1" data-list={formatPath(values.path)}>
      {items.map((item, index) => {
        const text = core.scalarText(item.value);
        return (
          <div key={index} className="flex w-28 min-w-0 items-start gap-0.5">
            <InlineInput
              path={item.path}
              label={`${label} ${index + 1}`}
              value={text}
              onType={(typed) => edit([{ op: 'set', path: item.path, value: typed }])}
            />
            <button
              type="button"
              className={SMALL_BUTTON}
              aria-label={`Remove ${label} ${text}`}
              disabled={readOnly}
              onClick={() => edit(core.removeAt(root, item.path))}
            >
              ✕
            </button>
          </div>
        );
      })}
      {!noAdd && (
        <input
          aria-label={`Add ${label}`}
          data-path={formatPath(values.path)}
          data-part="new-value"
          className={`${INPUT_CLASS} w-28 font-mono`}
          placeholder={items.length === 0 ? 'value, value…' : '+ value'}
          value={next}
          disabled={readOnly}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setNext(event.target.value)}
          onBlur={add}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
      )}
    </div>
  );
}
