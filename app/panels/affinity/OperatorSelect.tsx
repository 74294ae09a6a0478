import { formatPath, form as core } from '../../../src/index';
import { INPUT_CLASS } from '../../form/controls/FieldShell';
import { IssueList } from '../../form/controls/IssueList';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { OPERATORS, operatorEdits, type RequirementKind } from './affinityModel';

interface OperatorSelectProps {
  readonly expr: core.View;
  readonly kind: RequirementKind;
  readonly label: string;
}

/**
 * The operator of a requirement. Choosing another one reshapes the values with it (Exists drops
 * them, Gt keeps one); an operator the form does not offer is shown as written.
 */
export function OperatorSelect({ expr, kind, label }: OperatorSelectProps) {
  const { root, edit, readOnly } = useForm();
  const at = core.field(expr, 'operator');
  const issues = useIssuesAt(at.path);
  const options = OPERATORS[kind];
  const current = core.scalarText(at.value);
  const asWritten = current !== '' && !options.includes(current);
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <select
        aria-label={label}
        data-path={formatPath(at.path)}
        aria-invalid={issues.some((i) => i.severity === 'error')}
        disabled={readOnly}
        value={current}
        className={INPUT_CLASS}
        onChange={(event) => edit(operatorEdits(root, expr, event.target.value))}
      >
        {current === '' && (
          <option value="" disabled>
            (missing)
          </option>
        )}
        {options.map((op) => (
          <option key={op} value={op}>
            {op}
          </option>
        ))}
        {asWritten && <option value={current}>{`${current} (as written)`}</option>}
      </select>
      <IssueList issues={issues} />
    </div>
  );
}
