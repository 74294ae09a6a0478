import { useState, type ReactNode } from 'react';
import type { form } from '../../src/index';
import { formatPath, form as core } from '../../src/index';
import { INPUT_CLASS } from '../form/controls/FieldShell';
import { InlineChoice } from '../form/controls/InlineChoice';
import { InlineInput } from '../form/controls/InlineInput';
import { IssueList } from '../form/controls/IssueList';
import { KeptKeysList } from '../form/controls/KeptAsWritten';
import { RowButtons, SMALL_BUTTON } from '../form/controls/RowButtons';
import { useFieldDoc, useForm, useIssuesAt } from '../form/FormContext';
import { Panel } from '../form/Panel';
import { setRowField } from './rowFieldEdits';
import {
  describeToleration,
  isPreset,
  matchesEveryTaint,
  presetText,
  readToleration,
  secondsCellState,
  TAINT_EFFECTS,
  TOLERATION_OPERATORS,
  TOLERATION_PRESETS,
  valueCellState,
  type TolerationFields,
} from './tolerationsModel';

const TAINT_KEY_LIST = 'toleration-taint-keys';

const WELL_KNOWN_TAINT_KEYS = [
  'nvidia.com/gpu',
  'amd.com/gpu',
  'google.com/tpu',
  'cloud.google.com/gke-spot',
  'cloud.google.com/gke-preemptible',
  'kubernetes.azure.com/scalesetpriority',
  'node-role.kubernetes.io/control-plane',
  'node.kubernetes.io/not-ready',
  'node.kubernetes.io/unreachable',
  'node.kubernetes.io/unschedulable',
  'node.kubernetes.io/disk-pressure',
  'node.kubernetes.io/memory-pressure',
  'node.kubernetes.io/pid-pressure',
  'node.kubernetes.io/network-unavailable',
  'node.cloudprovider.kubernetes.io/uninitialized',
];

const OPERATOR_OPTIONS = TOLERATION_OPERATORS.map((value) => ({ value }));
const EFFECT_OPTIONS = TAINT_EFFECTS.map((value) => ({ value }));

const NOTE = 'text-xs text-slate-500 dark:text-slate-400';
const WARN_NOTE = 'text-xs text-amber-700 dark:text-amber-400';

/** The tolerations of the environment or the cleaner, as a table with presets. */
export function TolerationsPanel() {
  const { root } = useForm();
  const at = core.field(root, 'tolerations');
  const rows = core.items(at);
  const own = useIssuesAt(at.path);
  const doc = useFieldDoc(at.path);
  const notAList = at.value !== undefined && at.value !== null && !Array.isArray(at.value);
  const everyTaint = rows.filter((row) => {
    const t = readToleration(row.value);
    return t !== null && matchesEveryTaint(t);
  }).length;
  const summary =
    rows.length === 0 ? null : (
      <>
        {`${rows.length} toleration${rows.length === 1 ? '' : 's'}`}
        {everyTaint > 0 && (
          <span className="text-amber-700 dark:text-amber-400"> · tolerates every taint</span>
        )}
      </>
    );
  return (
    <Panel id="tolerations" title="Tolerations" paths={[at.path]} summary={summary}>
      {doc?.description && <p className={NOTE}>{doc.description}</p>}
      <IssueList issues={own} />
      {notAList && (
        <p className={WARN_NOTE} data-testid="tolerations-not-a-list">
          tolerations is not written as a list here, so the table cannot show it; it stays in the YAML as
          written. Write each toleration as a list item starting with "- ".
        </p>
      )}
      {rows.length > 0 && (
        <ol className="flex flex-col gap-2" data-table={formatPath(at.path)}>
          {rows.map((row, index) => (
            <TolerationRow key={index} list={at} row={row} index={index} count={rows.length} />
          ))}
        </ol>
      )}
      {!notAList && <AddToleration at={at} rows={rows} />}
      <datalist id={TAINT_KEY_LIST}>
        {WELL_KNOWN_TAINT_KEYS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
    </Panel>
  );
}

interface RowProps {
  readonly list: form.View;
  readonly row: form.View;
  readonly index: number;
  readonly count: number;
}

function TolerationRow({ list, row, index, count }: RowProps) {
  const { root, edit } = useForm();
  const issues = useIssuesAt(row.path);
  const t = readToleration(row.value);
  const n = index + 1;
  const buttons = (
    <RowButtons
      what={`toleration ${n}`}
      index={index}
      count={count}
      onMove={(from, to) => edit(core.move(list, from, to))}
      onRemove={() => edit(core.removeAt(root, row.path))}
    />
  );
  if (!t) {
    return (
      <li className="flex flex-col gap-1 rounded-md border border-amber-300 p-2 dark:border-amber-800">
        <div className="flex items-start gap-2">
          <p className={`${WARN_NOTE} flex-1`}>
            {`Toleration ${n} is not a mapping (written as ${core.scalarText(row.value)}); edit it in the YAML or remove it.`}
          </p>
          {buttons}
        </div>
        <IssueList issues={issues} />
      </li>
    );
  }
  const every = matchesEveryTaint(t);
  const set = (name: string, value: unknown): void => edit(setRowField(root, row, name, value));
  const f = (name: string): form.View => core.field(row, name);
  return (
    <li
      data-row={formatPath(row.path)}
      data-matches-every-taint={every}
      className={`flex flex-col gap-1.5 rounded-md border p-2 ${
        every
          ? 'border-amber-400 bg-amber-50/60 dark:border-amber-700 dark:bg-amber-950/40'
          : 'border-slate-200 dark:border-slate-800'
      }`}
    >
      <div className="flex items-start gap-2">
        <p className="flex-1 text-xs text-slate-700 dark:text-slate-300" data-testid="toleration-summary">
          {every && (
            <span
              data-testid="matches-every-taint"
              className="mr-1.5 inline-block rounded bg-amber-200 px-1.5 font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100"
            >
              {t.effect === '' ? '⚠ Matches every taint' : `⚠ Matches every ${t.effect} taint`}
            </span>
          )}
          {describeToleration(t)}
        </p>
        {buttons}
      </div>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(7.5rem,1fr))] gap-x-2 gap-y-1.5">
        <Cell caption="Key" wide>
          <InlineInput
            path={f('key').path}
            label={`Toleration ${n} key`}
            value={t.key}
            placeholder={every ? '(every key)' : 'taint key'}
            list={TAINT_KEY_LIST}
            onType={(text) => set('key', text)}
          />
        </Cell>
        <Cell caption="Operator">
          <InlineChoice
            path={f('operator').path}
            label={`Toleration ${n} operator`}
            value={f('operator').value}
            options={OPERATOR_OPTIONS}
            unsetLabel="(not set: Equal)"
            onPick={(value) => set('operator', value)}
          />
        </Cell>
        <Cell caption="Value">
          <ValueCell row={row} t={t} n={n} />
        </Cell>
        <Cell caption="Effect">
          <InlineChoice
            path={f('effect').path}
            label={`Toleration ${n} effect`}
            value={f('effect').value}
            options={EFFECT_OPTIONS}
            unsetLabel="(all effects)"
            onPick={(value) => set('effect', value)}
          />
        </Cell>
        <Cell caption="Toleration seconds">
          <SecondsCell row={row} t={t} n={n} />
        </Cell>
      </div>
      <KeptKeysList at={row} />
      <IssueList issues={issues} />
    </li>
  );
}

interface CellFrameProps {
  readonly caption: string;
  readonly children: ReactNode;
  readonly wide?: boolean;
}

function Cell({ caption, children, wide }: CellFrameProps) {
  return (
    <div className={`flex min-w-0 flex-col gap-0.5 ${wide === true ? 'col-span-2' : ''}`}>
      <span aria-hidden="true" className="text-[0.7rem] font-medium text-slate-600 dark:text-slate-400">
        {caption}
      </span>
      {children}
    </div>
  );
}

interface CellProps {
  readonly row: form.View;
  readonly t: TolerationFields;
  readonly n: number;
}

function ValueCell({ row, t, n }: CellProps) {
  const { root, edit, readOnly } = useForm();
  const path = core.field(row, 'value').path;
  const state = valueCellState(t);
  const set = (value: string | undefined): void => edit(setRowField(root, row, 'value', value));
  return (
    <>
      <InlineInput
        path={path}
        label={`Toleration ${n} value`}
        value={t.value}
        placeholder={state === 'not-used' ? '(any value)' : 'taint value'}
        disabled={state === 'not-used'}
        onType={set}
      />
      {state === 'not-used' && (
        <p className={NOTE} data-testid="value-not-used">
          Not used: Exists matches any value.
        </p>
      )}
      {state === 'remove' && (
        <button
          type="button"
          className={`${SMALL_BUTTON} self-start`}
          disabled={readOnly}
          onClick={() => set(undefined)}
        >
          Remove value
        </button>
      )}
    </>
  );
}

function SecondsCell({ row, t, n }: CellProps) {
  const { root, edit, readOnly } = useForm();
  const [bad, setBad] = useState(false);
  const path = core.field(row, 'tolerationSeconds').path;
  const state = secondsCellState(t);
  if (state === 'hidden') {
    return (
      <p className={`${NOTE} py-1`} data-testid="seconds-not-offered" data-for={formatPath(path)}>
        Only with effect NoExecute.
      </p>
    );
  }
  const set = (value: number | undefined): void => edit(setRowField(root, row, 'tolerationSeconds', value));
  return (
    <>
      <InlineInput
        path={path}
        label={`Toleration ${n} seconds`}
        value={core.scalarText(t.seconds)}
        placeholder="(stays for good)"
        onType={(text) => {
          const trimmed = text.trim();
          if (trimmed === '') {
            setBad(false);
            set(undefined);
          } else if (/^-?\d+$/.test(trimmed) && Number.isSafeInteger(Number(trimmed))) {
            setBad(false);
            set(Number(trimmed));
          } else setBad(true);
        }}
        onCommit={() => setBad(false)}
      />
      {bad && <p className={WARN_NOTE}>Type a whole number of seconds.</p>}
      {state === 'remove' && (
        <button
          type="button"
          className={`${SMALL_BUTTON} self-start`}
          disabled={readOnly}
          onClick={() => set(undefined)}
        >
          Remove seconds
        </button>
      )}
    </>
  );
}

function AddToleration({ at, rows }: { readonly at: form.View; readonly rows: readonly form.View[] }) {
  const { edit, readOnly } = useForm();
  const [key, setKey] = useState('');
  const present = rows.map((row) => readToleration(row.value)).filter((t) => t !== null);
  const add = (): void => {
    const k = key.trim();
    if (k === '') return;
    edit(core.append(at, { key: k }));
    setKey('');
  };
  return (
    <div className="flex flex-col gap-1.5">
      <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-1">
        <input
          aria-label="New toleration key"
          data-path={formatPath(at.path)}
          data-part="new-key"
          className={`${INPUT_CLASS} font-mono`}
          placeholder="taint key, e.g. dedicated"
          list={TAINT_KEY_LIST}
          value={key}
          disabled={readOnly}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => setKey(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <button type="button" className={SMALL_BUTTON} disabled={readOnly || key.trim() === ''} onClick={add}>
          Add toleration
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Quick add a toleration">
        <span className="text-xs text-slate-600 dark:text-slate-400">Quick add:</span>
        {TOLERATION_PRESETS.map((p) => {
          const there = present.some((t) => isPreset(t, p));
          return (
            <button
              key={p.id}
              type="button"
              data-preset={p.id}
              title={there ? `${presetText(p)} (already in the list)` : presetText(p)}
              className={`${SMALL_BUTTON} ${
                p.broad ? 'border-amber-400 text-amber-800 dark:border-amber-700 dark:text-amber-300' : ''
              }`}
              disabled={readOnly || there}
              onClick={() => edit(core.append(at, p.toleration))}
            >
              {p.broad ? `⚠ ${p.label}` : p.label}
            </button>
          );
        })}
      </div>
    </div>
  );
}
