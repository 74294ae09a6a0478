import { formatPath, form as core } from '../../src/index';
import { IssueList } from '../form/controls/IssueList';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { useFieldDoc, useForm, useIssuesAt } from '../form/FormContext';
import { Panel } from '../form/Panel';

/**
 * `hpa`, which the cleaner accepts but which means nothing for a one-off job: shown only when it is
 * written, read-only, with the core's note and a way to remove it.
 */
export function CleanerHpaPanel() {
  const { root, edit, readOnly } = useForm();
  const hpa = core.field(root, 'hpa');
  const doc = useFieldDoc(hpa.path);
  const issues = useIssuesAt(hpa.path, true);
  if (hpa.value === undefined) return null;
  const rows = core.entries(hpa);
  return (
    <Panel id="hpa" title="Autoscaling (hpa)" paths={[hpa.path]}>
      {doc?.description && <p className="text-xs text-slate-500 dark:text-slate-400">{doc.description}</p>}
      <IssueList issues={issues} />
      {core.isMapping(hpa) ? (
        rows.length > 0 && (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 font-mono text-xs">
            {rows.map(([key, v]) => (
              <div key={key} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{key}</dt>
                <dd>{core.scalarText(v.value)}</dd>
              </div>
            ))}
          </dl>
        )
      ) : (
        <code className="font-mono text-xs">{core.scalarText(hpa.value) || '(empty)'}</code>
      )}
      <button
        type="button"
        data-path={formatPath(hpa.path)}
        className={`${SMALL_BUTTON} self-start`}
        disabled={readOnly}
        onClick={() => edit(core.removeAt(root, hpa.path))}
      >
        Remove hpa
      </button>
    </Panel>
  );
}
