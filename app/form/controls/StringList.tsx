import { useState } from 'react';
import type { form } from '../../../src/index';
import { formatPath, form as core } from '../../../src/index';
import { useForm, useIssuesAt } from '../FormContext';
import { INPUT_CLASS } from './FieldShell';
import { InlineInput } from './InlineInput';
import { IssueList } from './IssueList';
import { RowButtons, SMALL_BUTTON } from './RowButtons';

interface StringListProps {
  readonly at: form.View;
  readonly noun: string;
  readonly placeholder?: string;
  readonly list?: string;
}

/** A list of strings: edit in place, reorder, remove, add. */
export function StringList({ at, noun, placeholder, list }: StringListProps) {
  const { root, edit, readOnly } = useForm();
  const rows = core.items(at);
  const own = useIssuesAt(at.path);
  const [next, setNext] = useState('');
  const add = (): void => {
    if (next.trim() === '') return;
    edit(core.append(at, next.trim()));
    setNext('');
  };
  const notAList = at.value !== undefined && at.value !== null && !Array.isArray(at.value);
  return (
    <div className="flex flex-col gap-1" data-list={formatPath(at.path)}>
      <IssueList issues={own} />
      {notAList && (
        <p className="text-xs text-amber-700 dark:text-amber-400">
          This is not written as a list; edit it in the YAML or use the fix.
        </p>
      )}
      {rows.map((item, index) => (
        <div key={index} className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-1">
          <InlineInput
            path={item.path}
            label={`${noun} ${index + 1}`}
            value={core.scalarText(item.value)}
            onType={(text) => edit([{ op: 'set', path: item.path, value: text }])}
          />
          <RowButtons
            what={`${noun} ${index + 1}`}
            index={index}
            count={rows.length}
            onMove={(from, to) => edit(core.move(at, from, to))}
            onRemove={() => edit(core.removeAt(root, item.path))}
          />
        </div>
      ))}
      {!notAList && (
        <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-1">
          <input
            aria-label={`New ${noun}`}
            data-path={formatPath(at.path)}
            data-part="new-item"
            className={`${INPUT_CLASS} font-mono`}
            placeholder={placeholder}
            list={list}
            value={next}
            disabled={readOnly}
            onChange={(e) => setNext(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button
            type="button"
            className={SMALL_BUTTON}
            disabled={readOnly || next.trim() === ''}
            onClick={add}
          >
            Add
          </button>
        </div>
      )}
    </div>
  );
}
