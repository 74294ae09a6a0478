import { formatPath, form as core } from '../../../src/index';
import { useIssuesAt } from '../FormContext';
import { IssueList } from './IssueList';

/** What a group shows when the YAML holds something other than a mapping there. */
export function NotAMappingNote({ at }: { readonly at: core.View }) {
  return (
    <p className="text-xs text-amber-700 dark:text-amber-400" data-note-path={formatPath(at.path)}>
      {`This is written as ${Array.isArray(at.value) ? 'a list' : `"${core.scalarText(at.value)}"`}, not a ` +
        'mapping of fields, so the form cannot show it; it is kept as written. Edit it in the YAML.'}
    </p>
  );
}

/** Keys of a mapping the form has no control for: kept in the YAML, with the core's issues. */
export function KeptKeysList({ at, known }: { readonly at: core.View; readonly known: readonly string[] }) {
  const keys = core.otherKeys(at, known);
  if (keys.length === 0) return null;
  return (
    <div className="flex flex-col gap-1 text-xs">
      <p className="text-slate-600 dark:text-slate-400">Also written here, kept as is (edit in the YAML):</p>
      <ul className="flex flex-col gap-1">
        {keys.map((key) => (
          <KeptKey key={key} at={core.field(at, key)} name={key} />
        ))}
      </ul>
    </div>
  );
}

function KeptKey({ at, name }: { readonly at: core.View; readonly name: string }) {
  const issues = useIssuesAt(at.path, true);
  return (
    <li data-kept-path={formatPath(at.path)} className="flex flex-col gap-0.5">
      <code className="font-mono">{`${name}: ${core.scalarText(at.value)}`}</code>
      <IssueList issues={issues} />
    </li>
  );
}
