import { useId, useState, type ReactNode } from 'react';
import type { form } from '../../src/index';
import {
  formatPath,
  form as core,
  MAX_DNS_NAMESERVERS,
  MAX_DNS_SEARCH_LIST_CHARS,
  MAX_DNS_SEARCH_PATHS,
  searchListLength,
} from '../../src/index';
import { ChoiceField } from '../form/controls/ChoiceField';
import { DocLinks } from '../form/controls/DocLinks';
import { INPUT_CLASS } from '../form/controls/FieldShell';
import { InlineInput } from '../form/controls/InlineInput';
import { IssueList } from '../form/controls/IssueList';
import { KeptKeysList } from '../form/controls/KeptAsWritten';
import { RowButtons, SMALL_BUTTON } from '../form/controls/RowButtons';
import { StringList } from '../form/controls/StringList';
import { useFieldDoc, useForm, useIssuesAt } from '../form/FormContext';
import { Panel } from '../form/Panel';
import {
  DNS_OPTION_NAMES,
  DNS_POLICIES,
  explainDnsPolicy,
  limitText,
  limitTone,
  stringItems,
  type LimitTone,
} from './dnsModel';
import { setRowField } from './rowFieldEdits';

const POLICY_OPTIONS = DNS_POLICIES.map((value) => ({ value }));
const OPTION_NAME_LIST = 'dns-option-names';
const NOTE = 'text-xs text-slate-500 dark:text-slate-400';
const WARN_NOTE = 'text-xs text-amber-700 dark:text-amber-400';

const TONE: Record<LimitTone, string> = {
  ok: 'text-slate-600 dark:text-slate-400',
  full: 'text-amber-700 dark:text-amber-400',
  over: 'font-medium text-red-700 dark:text-red-400',
};

/** dnsPolicy and dnsConfig (nameservers, search domains, resolver options) with the Kubernetes limits. */
export function DnsPanel() {
  const { root } = useForm();
  const policy = core.field(root, 'dnsPolicy');
  const config = core.field(root, 'dnsConfig');
  const configIssues = useIssuesAt(config.path);
  const configDoc = useFieldDoc(config.path);
  const notAMap = config.value !== undefined && config.value !== null && !core.isMapping(config);
  const nameservers = core.field(config, 'nameservers');
  const searches = core.field(config, 'searches');
  const options = core.field(config, 'options');
  const nsCount = core.items(nameservers).length;
  const searchCount = core.items(searches).length;
  const searchChars = searchListLength(stringItems(searches.value));
  const none = policy.value === 'None';
  const summary = [
    typeof policy.value === 'string' && policy.value !== '' ? policy.value : null,
    nsCount > 0 ? `${nsCount} nameserver${nsCount === 1 ? '' : 's'}` : null,
    searchCount > 0 ? `${searchCount} search domain${searchCount === 1 ? '' : 's'}` : null,
  ]
    .filter((s) => s !== null)
    .join(' · ');
  return (
    <Panel id="dns" title="DNS" paths={[policy.path, config.path]} summary={summary || null}>
      <ChoiceField
        at={policy}
        label="DNS policy"
        options={POLICY_OPTIONS}
        unsetLabel="(not set: ClusterFirst)"
        hint={explainDnsPolicy(policy.value)}
      />
      <div className="flex flex-col gap-2" data-group={formatPath(config.path)}>
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <h4 className="text-xs font-semibold text-slate-700 dark:text-slate-300">DNS config</h4>
          <DocLinks field="dnsConfig" />
        </div>
        {configDoc?.description && <p className={NOTE}>{configDoc.description}</p>}
        <IssueList issues={configIssues} />
        {notAMap ? (
          <p className={WARN_NOTE} data-testid="dns-config-not-a-map">
            dnsConfig is not written as a mapping here, so the form cannot show it; it stays in the YAML as
            written.
          </p>
        ) : (
          <>
            <Group
              title="Nameservers"
              counter={
                <Counter
                  testId="dns-nameservers-count"
                  count={nsCount}
                  max={MAX_DNS_NAMESERVERS}
                  noun="nameservers"
                />
              }
            >
              {none && (
                <p className={nsCount === 0 ? WARN_NOTE : NOTE} data-testid="dns-none-needs-nameservers">
                  Required with dnsPolicy None: list at least one nameserver.
                </p>
              )}
              <StringList at={nameservers} noun="nameserver" placeholder="1.1.1.1" />
            </Group>
            <Group
              title="Search domains"
              counter={
                <>
                  <Counter
                    testId="dns-searches-count"
                    count={searchCount}
                    max={MAX_DNS_SEARCH_PATHS}
                    noun="search domains"
                  />
                  <span aria-hidden="true" className={NOTE}>
                    {' · '}
                  </span>
                  <Counter
                    testId="dns-searches-chars"
                    count={searchChars}
                    max={MAX_DNS_SEARCH_LIST_CHARS}
                    noun="characters"
                  />
                </>
              }
            >
              <StringList at={searches} noun="search domain" placeholder="ns1.svc.cluster-domain.example" />
            </Group>
            <Group title="Options">
              <DnsOptionsTable at={options} />
            </Group>
            <KeptKeysList at={config} />
          </>
        )}
      </div>
      <datalist id={OPTION_NAME_LIST}>
        {DNS_OPTION_NAMES.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </Panel>
  );
}

function Counter({
  testId,
  count,
  max,
  noun,
}: {
  readonly testId: string;
  readonly count: number;
  readonly max: number;
  readonly noun: string;
}) {
  const tone = limitTone(count, max);
  return (
    <span data-testid={testId} data-tone={tone} className={`text-xs ${TONE[tone]}`}>
      {limitText(count, max, noun)}
    </span>
  );
}

function Group({
  title,
  counter,
  children,
}: {
  readonly title: string;
  readonly counter?: ReactNode;
  readonly children: ReactNode;
}) {
  const id = useId();
  return (
    <div role="group" aria-labelledby={id} className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span id={id} className="text-xs font-medium text-slate-700 dark:text-slate-300">
          {title}
        </span>
        {counter && (
          <span className="ml-auto" aria-live="polite">
            {counter}
          </span>
        )}
      </div>
      {children}
    </div>
  );
}

/** dnsConfig.options: rows of name and optional value. */
function DnsOptionsTable({ at }: { readonly at: form.View }) {
  const { edit, readOnly } = useForm();
  const own = useIssuesAt(at.path);
  const rows = core.items(at);
  const notAList = at.value !== undefined && at.value !== null && !Array.isArray(at.value);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const add = (): void => {
    const n = name.trim();
    if (n === '') return;
    edit(core.append(at, value === '' ? { name: n } : { name: n, value }));
    setName('');
    setValue('');
  };
  return (
    <div className="flex flex-col gap-1" data-table={formatPath(at.path)}>
      <IssueList issues={own} />
      {notAList && (
        <p className={WARN_NOTE} data-testid="dns-options-not-a-list">
          options is not written as a list here, so the table cannot show it; it stays in the YAML as written.
        </p>
      )}
      {rows.map((row, index) => (
        <DnsOptionRow key={index} list={at} row={row} index={index} count={rows.length} />
      ))}
      {!notAList && (
        <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] gap-1">
          <input
            aria-label="New DNS option name"
            data-path={formatPath(at.path)}
            data-part="new-name"
            className={`${INPUT_CLASS} font-mono`}
            placeholder="name, e.g. ndots"
            list={OPTION_NAME_LIST}
            value={name}
            disabled={readOnly}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <input
            aria-label="New DNS option value"
            data-path={formatPath(at.path)}
            data-part="new-value"
            className={`${INPUT_CLASS} font-mono`}
            placeholder="value (optional)"
            value={value}
            disabled={readOnly}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <button
            type="button"
            className={SMALL_BUTTON}
            disabled={readOnly || name.trim() === ''}
            onClick={add}
          >
            Add option
          </button>
        </div>
      )}
    </div>
  );
}

function DnsOptionRow({
  list,
  row,
  index,
  count,
}: {
  readonly list: form.View;
  readonly row: form.View;
  readonly index: number;
  readonly count: number;
}) {
  const { root, edit } = useForm();
  const issues = useIssuesAt(row.path);
  const n = index + 1;
  const buttons = (
    <RowButtons
      what={`DNS option ${n}`}
      index={index}
      count={count}
      onMove={(from, to) => edit(core.move(list, from, to))}
      onRemove={() => edit(core.removeAt(root, row.path))}
    />
  );
  if (!core.isMapping(row)) {
    return (
      <div className="flex flex-col gap-0.5">
        <div className="grid grid-cols-[minmax(0,1fr)_auto] items-start gap-1">
          <p className={WARN_NOTE}>
            {`Option ${n} is not a mapping (written as ${core.scalarText(row.value)}); write it as name: … and value: ….`}
          </p>
          {buttons}
        </div>
        <IssueList issues={issues} />
      </div>
    );
  }
  const nameAt = core.field(row, 'name');
  const valueAt = core.field(row, 'value');
  return (
    <div className="flex flex-col gap-0.5">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] items-start gap-1">
        <InlineInput
          path={nameAt.path}
          label={`DNS option ${n} name`}
          value={core.scalarText(nameAt.value)}
          placeholder="name"
          list={OPTION_NAME_LIST}
          onType={(text) => edit(setRowField(root, row, 'name', text))}
        />
        <InlineInput
          path={valueAt.path}
          label={`DNS option ${n} value`}
          value={core.scalarText(valueAt.value)}
          placeholder="(no value)"
          onType={(text) => edit(setRowField(root, row, 'value', text))}
        />
        {buttons}
      </div>
      <KeptKeysList at={row} />
      <IssueList issues={issues} />
    </div>
  );
}
