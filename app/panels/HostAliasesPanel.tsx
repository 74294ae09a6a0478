import { useState } from 'react';
import type { form } from '../../src/index';
import { formatPath, form as core } from '../../src/index';
import { INPUT_CLASS } from '../form/controls/FieldShell';
import { InlineInput } from '../form/controls/InlineInput';
import { IssueList } from '../form/controls/IssueList';
import { KeptKeysList } from '../form/controls/KeptAsWritten';
import { RowButtons, SMALL_BUTTON } from '../form/controls/RowButtons';
import { StringList } from '../form/controls/StringList';
import { useFieldDoc, useForm, useIssuesAt } from '../form/FormContext';
import { Panel } from '../form/Panel';
import { setRowField } from './rowFieldEdits';

const NOTE = 'text-xs text-slate-500 dark:text-slate-400';
const WARN_NOTE = 'text-xs text-amber-700 dark:text-amber-400';

/** hostAliases: /etc/hosts entries, each an ip with its host names. */
export function HostAliasesPanel() {
  const { root, edit, readOnly } = useForm();
  const at = core.field(root, 'hostAliases');
  const rows = core.items(at);
  const own = useIssuesAt(at.path);
  const doc = useFieldDoc(at.path);
  const notAList = at.value !== undefined && at.value !== null && !Array.isArray(at.value);
  const [ip, setIp] = useState('');
  const [host, setHost] = useState('');
  const add = (): void => {
    const i = ip.trim();
    const h = host.trim();
    if (i === '') return;
    edit(core.append(at, h === '' ? { ip: i } : { ip: i, hostnames: [h] }));
    setIp('');
    setHost('');
  };
  return (
    <Panel
      id="hostAliases"
      title="Host aliases"
      paths={[at.path]}
      summary={rows.length > 0 ? `${rows.length} entr${rows.length === 1 ? 'y' : 'ies'} in /etc/hosts` : null}
    >
      {doc?.description && <p className={NOTE}>{doc.description}</p>}
      <IssueList issues={own} />
      {notAList && (
        <p className={WARN_NOTE} data-testid="host-aliases-not-a-list">
          hostAliases is not written as a list here, so the table cannot show it; it stays in the YAML as
          written. Write each entry as a list item starting with "- ".
        </p>
      )}
      {rows.length > 0 && (
        <ol className="flex flex-col gap-2" data-table={formatPath(at.path)}>
          {rows.map((row, index) => (
            <HostAliasRow key={index} list={at} row={row} index={index} count={rows.length} />
          ))}
        </ol>
      )}
      {!notAList && (
        <div className="grid grid-cols-[minmax(0,0.8fr)_minmax(0,1fr)_auto] gap-1">
          <input
            aria-label="New host alias IP"
            data-path={formatPath(at.path)}
            data-part="new-ip"
            className={`${INPUT_CLASS} font-mono`}
            placeholder="ip, e.g. 10.0.0.1"
            value={ip}
            disabled={readOnly}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setIp(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <input
            aria-label="New host alias first host name"
            data-path={formatPath(at.path)}
            data-part="new-hostname"
            className={`${INPUT_CLASS} font-mono`}
            placeholder="host name (optional)"
            value={host}
            disabled={readOnly}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setHost(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button
            type="button"
            className={SMALL_BUTTON}
            disabled={readOnly || ip.trim() === ''}
            onClick={add}
          >
            Add host alias
          </button>
        </div>
      )}
    </Panel>
  );
}

interface RowProps {
  readonly list: form.View;
  readonly row: form.View;
  readonly index: number;
  readonly count: number;
}

function HostAliasRow({ list, row, index, count }: RowProps) {
  const { root, edit } = useForm();
  const issues = useIssuesAt(row.path);
  const n = index + 1;
  const buttons = (
    <RowButtons
      what={`host alias ${n}`}
      index={index}
      count={count}
      onMove={(from, to) => edit(core.move(list, from, to))}
      onRemove={() => edit(core.removeAt(root, row.path))}
    />
  );
  if (!core.isMapping(row)) {
    return (
      <li className="flex flex-col gap-1 rounded-md border border-amber-300 p-2 dark:border-amber-800">
        <div className="flex items-start gap-2">
          <p className={`${WARN_NOTE} flex-1`}>
            {`Host alias ${n} is not a mapping (written as ${core.scalarText(row.value)}); write it as ip: … with hostnames: […].`}
          </p>
          {buttons}
        </div>
        <IssueList issues={issues} />
      </li>
    );
  }
  const ipAt = core.field(row, 'ip');
  const hostnames = core.field(row, 'hostnames');
  return (
    <li
      data-row={formatPath(row.path)}
      className="flex flex-col gap-1.5 rounded-md border border-slate-200 p-2 dark:border-slate-800"
    >
      <div className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-2">
        <div className="flex min-w-0 flex-col gap-0.5">
          <span aria-hidden="true" className="text-[0.7rem] font-medium text-slate-600 dark:text-slate-400">
            IP
          </span>
          <InlineInput
            path={ipAt.path}
            label={`Host alias ${n} IP`}
            value={core.scalarText(ipAt.value)}
            placeholder="10.0.0.1"
            onType={(text) => edit(setRowField(root, row, 'ip', text))}
          />
        </div>
        {buttons}
      </div>
      <div className="flex flex-col gap-0.5 pl-3">
        <span aria-hidden="true" className="text-[0.7rem] font-medium text-slate-600 dark:text-slate-400">
          Host names
        </span>
        <StringList at={hostnames} noun={`host alias ${n} host name`} placeholder="db.internal" />
      </div>
      <KeptKeysList at={row} />
      <IssueList issues={issues} />
    </li>
  );
}
