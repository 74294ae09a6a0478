import { useState } from 'react';
import type { form } from '../../../src/index';
import { formatPath, form as core } from '../../../src/index';
import { useForm, useIssuesAt } from '../FormContext';
import { INPUT_CLASS } from './FieldShell';
import { InlineInput } from './InlineInput';
import { IssueList } from './IssueList';
import { RowButtons, SMALL_BUTTON } from './RowButtons';
import { parseKeyValueLines } from './keyValueLines';

interface KeyValueTableProps {
  readonly at: form.View;
  /** What one entry is called ("label", "annotation", "node selector"). */
  readonly noun: string;
  readonly keyList?: string;
}

/**
 * A mapping of strings as a table: keys are renamed when you leave the key input (so a half-typed
 * key never collides), values are written as you type. Values that are not strings in the YAML are
 * shown as written; typing replaces them with a string.
 */
export function KeyValueTable({ at, noun, keyList }: KeyValueTableProps) {
  const { root, edit, readOnly } = useForm();
  const rows = core.entries(at);
  const ownIssues = useIssuesAt(at.path);
  const [newKey, setNewKey] = useState('');
  const [newValue, setNewValue] = useState('');
  const [bulk, setBulk] = useState<string | null>(null);
  const taken = new Set(rows.map(([k]) => k));
  const add = (): void => {
    const k = newKey.trim();
    if (k === '' || taken.has(k)) return;
    edit([{ op: 'set', path: [...at.path, k], value: newValue }]);
    setNewKey('');
    setNewValue('');
  };
  const bulkResult = bulk === null ? null : parseKeyValueLines(bulk);
  return (
    <div className="flex flex-col gap-2" data-table={formatPath(at.path)}>
      <IssueList issues={ownIssues} />
      {rows.length > 0 && (
        <ul className="flex flex-col gap-1">
          {rows.map(([k, v], index) => (
            <li key={`${k}`} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-1">
              <InlineInput
                path={at.path}
                part="key"
                label={`${noun} key ${index + 1}`}
                value={k}
                issues={[]}
                onCommit={(text) => edit(core.renameKey(at, k, text.trim()))}
              />
              <InlineInput
                path={v.path}
                label={`${noun} value for ${k}`}
                value={core.scalarText(v.value)}
                onType={(text) => edit([{ op: 'set', path: v.path, value: text }])}
              />
              <RowButtons
                what={`${noun} ${k}`}
                index={index}
                count={rows.length}
                onMove={(from, to) => edit(core.move(at, from, to))}
                onRemove={() => edit(core.removeAt(root, v.path))}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] gap-1">
        <input
          aria-label={`New ${noun} key`}
          data-path={formatPath(at.path)}
          data-part="new-key"
          className={`${INPUT_CLASS} font-mono`}
          placeholder="key"
          value={newKey}
          list={keyList}
          disabled={readOnly}
          onChange={(e) => setNewKey(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <input
          aria-label={`New ${noun} value`}
          data-path={formatPath(at.path)}
          data-part="new-value"
          className={`${INPUT_CLASS} font-mono`}
          placeholder="value"
          value={newValue}
          disabled={readOnly}
          onChange={(e) => setNewValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button
          type="button"
          className={SMALL_BUTTON}
          disabled={readOnly || newKey.trim() === '' || taken.has(newKey.trim())}
          onClick={add}
        >
          Add
        </button>
      </div>
      {newKey.trim() !== '' && taken.has(newKey.trim()) && (
        <p className="text-xs text-amber-700 dark:text-amber-400">{`${newKey.trim()} is already there`}</p>
      )}
      <div className="flex flex-col gap-1">
        {bulk === null ? (
          <button
            type="button"
            className={`${SMALL_BUTTON} self-start`}
            disabled={readOnly}
            onClick={() => setBulk('')}
          >
            Paste key=value lines…
          </button>
        ) : (
          <>
            <textarea
              aria-label={`Paste ${noun}s as key=value lines`}
              data-path={formatPath(at.path)}
              data-part="bulk"
              className={`${INPUT_CLASS} h-24 font-mono`}
              placeholder={'team=research\nexample.com/owner=ml-platform'}
              value={bulk}
              onChange={(e) => setBulk(e.target.value)}
            />
            {bulkResult && bulkResult.errors.length > 0 && (
              <ul className="text-xs text-red-700 dark:text-red-400">
                {bulkResult.errors.map((err) => (
                  <li key={err}>{err}</li>
                ))}
              </ul>
            )}
            <div className="flex gap-1">
              <button
                type="button"
                className={SMALL_BUTTON}
                disabled={!bulkResult || bulkResult.pairs.length === 0 || bulkResult.errors.length > 0}
                onClick={() => {
                  if (!bulkResult) return;
                  edit(
                    bulkResult.pairs.map(([k, v]) => ({
                      op: 'set' as const,
                      path: [...at.path, k],
                      value: v,
                    })),
                  );
                  setBulk(null);
                }}
              >
                {`Add ${bulkResult?.pairs.length ?? 0}`}
              </button>
              <button type="button" className={SMALL_BUTTON} onClick={() => setBulk(null)}>
                Cancel
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
