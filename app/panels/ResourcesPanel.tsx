import { useState } from 'react';
import { formatPath, form as core } from '../../src/index';
import { INPUT_CLASS } from '../form/controls/FieldShell';
import { InlineInput } from '../form/controls/InlineInput';
import { IssueList } from '../form/controls/IssueList';
import { KeptKeysList, NotAMappingNote } from '../form/controls/KeptAsWritten';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { useFieldDoc, useForm, useIssuesAt } from '../form/FormContext';
import { Panel } from '../form/Panel';
import {
  STANDARD_RESOURCES,
  quantityHint,
  quantityValue,
  removeResourceEdits,
  resourceRows,
} from './resources/quantities';

/** Resource names offered when adding a row. */
const RESOURCE_NAMES = [
  ...STANDARD_RESOURCES,
  'nvidia.com/gpu',
  'amd.com/gpu',
  'gpu.intel.com/i915',
  'hugepages-2Mi',
  'hugepages-1Gi',
];

const LISTS = ['requests', 'limits'] as const;

function QuantityCell({ list, name }: { readonly list: core.View; readonly name: string }) {
  const { root, edit } = useForm();
  // Entries are matched exactly: field() would also accept a snake_case spelling.
  const value = core.isMapping(list) ? (list.value as Record<string, unknown>)[name] : undefined;
  const cell = { path: [...list.path, name], value };
  const which = String(list.path.at(-1));
  const hint = quantityHint(name, value);
  const disabled = list.value !== undefined && list.value !== null && !core.isMapping(list);
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <InlineInput
        path={cell.path}
        label={`${which} ${name}`}
        value={core.scalarText(cell.value)}
        placeholder={which === 'requests' ? '(the limit)' : '(none)'}
        disabled={disabled}
        onType={(text) => edit(core.setValue(root, cell.path, quantityValue(text, cell.value)))}
      />
      {hint && (
        <span className="text-xs text-slate-500 dark:text-slate-400" data-testid="quantity-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

/** A requests or limits mapping written as something else: a note instead of its column. */
function ListProblem({ list }: { readonly list: core.View }) {
  const issues = useIssuesAt(list.path);
  if (list.value === undefined || list.value === null || core.isMapping(list))
    return <IssueList issues={issues} />;
  return (
    <div className="flex flex-col gap-0.5">
      <NotAMappingNote at={list} />
      <IssueList issues={issues} />
    </div>
  );
}

/**
 * The cleaner's requests and limits, one row per resource: cpu, memory and ephemeral-storage
 * always, extended resources (nvidia.com/gpu, …) as written or added. The core checks the amounts
 * and requests ≤ limits; its issues show under each amount.
 */
export function ResourcesPanel() {
  const { root, edit, readOnly } = useForm();
  const resources = core.field(root, 'resources');
  const doc = useFieldDoc(resources.path);
  const ownIssues = useIssuesAt(resources.path);
  const [added, setAdded] = useState<readonly string[]>([]);
  const [next, setNext] = useState('');
  const lists = LISTS.map((which) => core.field(resources, which));
  const rows = resourceRows(resources, added);
  const notAMapping = resources.value !== undefined && resources.value !== null && !core.isMapping(resources);
  const add = (): void => {
    const name = next.trim();
    if (name === '' || rows.includes(name)) return;
    setAdded([...added, name]);
    setNext('');
  };
  const setCount = lists.reduce((n, list) => n + core.entries(list).length, 0);
  return (
    <Panel
      id="resources"
      title="Resources"
      paths={[resources.path]}
      summary={
        resources.value === undefined
          ? 'Not set: the cleaner uses its default requests and limits'
          : `${setCount} amount${setCount === 1 ? '' : 's'} set`
      }
    >
      <datalist id="resource-names">
        {RESOURCE_NAMES.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {doc?.description && <p className="text-xs text-slate-500 dark:text-slate-400">{doc.description}</p>}
      <IssueList issues={ownIssues} />
      {notAMapping ? (
        <NotAMappingNote at={resources} />
      ) : (
        <>
          <table
            className="w-full table-fixed border-separate border-spacing-1 text-sm"
            data-table={formatPath(resources.path)}
          >
            <thead>
              <tr className="text-left text-xs text-slate-600 dark:text-slate-400">
                <th className="w-1/4 font-medium">Resource</th>
                <th className="font-medium">Request</th>
                <th className="font-medium">Limit</th>
                <th className="w-8" aria-label="Remove" />
              </tr>
            </thead>
            <tbody>
              {rows.map((name) => (
                <tr key={name} data-resource={name} className="align-top">
                  <th scope="row" className="pt-1.5 text-left font-mono text-xs font-normal break-all">
                    {name}
                  </th>
                  {lists.map((list) => (
                    <td key={String(list.path.at(-1))}>
                      <QuantityCell list={list} name={name} />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className={SMALL_BUTTON}
                      aria-label={`Remove ${name}`}
                      disabled={readOnly}
                      onClick={() => {
                        edit(removeResourceEdits(root, resources, name));
                        setAdded(added.filter((n) => n !== name));
                      }}
                    >
                      ✕
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {lists.map((list) => (
            <ListProblem key={String(list.path.at(-1))} list={list} />
          ))}
          <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-1">
            <input
              aria-label="New resource name"
              data-path={formatPath(resources.path)}
              data-part="new-resource"
              className={`${INPUT_CLASS} font-mono`}
              placeholder="nvidia.com/gpu"
              list="resource-names"
              value={next}
              disabled={readOnly}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => setNext(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && add()}
            />
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={readOnly || next.trim() === '' || rows.includes(next.trim())}
              onClick={add}
            >
              Add resource
            </button>
          </div>
          <KeptKeysList at={resources} />
        </>
      )}
    </Panel>
  );
}
