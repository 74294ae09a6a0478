import { formatPath, form as core } from '../../../src/index';
import { INPUT_CLASS } from '../../form/controls/FieldShell';
import { InlineInput } from '../../form/controls/InlineInput';
import { IssueList } from '../../form/controls/IssueList';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { valuesMode } from './affinityModel';
import { ShapeNote } from './ShapeNote';
import { ValueChips } from './ValueChips';

interface RequirementValuesProps {
  readonly expr: core.View;
  readonly label: string;
}

/**
 * The values input that fits the operator: a list for In and NotIn, nothing for Exists and
 * DoesNotExist (values written there anyway are shown, with the core's issue and a remove
 * button), and one whole number for Gt and Lt.
 */
export function RequirementValues({ expr, label }: RequirementValuesProps) {
  const { edit, readOnly } = useForm();
  const values = core.field(expr, 'values');
  const operator = core.field(expr, 'operator').value;
  const issues = useIssuesAt(values.path);
  const mode = valuesMode(operator);
  const items = core.items(values);
  const notAList = values.value !== undefined && values.value !== null && !Array.isArray(values.value);
  let control;
  if (notAList) {
    control = <ShapeNote at={values} expected="list" />;
  } else if (mode === 'none') {
    control =
      items.length === 0 ? (
        <input
          aria-label={label}
          data-path={formatPath(values.path)}
          className={INPUT_CLASS}
          disabled
          value=""
          placeholder={`(no values with ${core.scalarText(operator)})`}
        />
      ) : (
        <div className="flex flex-col items-start gap-1">
          <ValueChips values={values} label={label} noAdd />
          <button
            type="button"
            data-path={formatPath(values.path)}
            data-part="remove-values"
            className={SMALL_BUTTON}
            disabled={readOnly}
            onClick={() => edit([{ op: 'remove', path: values.path }])}
          >
            Remove values
          </button>
        </div>
      );
  } else if (mode === 'single' && items.length <= 1) {
    control = (
      <InlineInput
        path={items.length === 0 ? values.path : [...values.path, 0]}
        label={`${label} (a whole number)`}
        value={core.scalarText(items[0]?.value)}
        placeholder="whole number, e.g. 8"
        onType={(text) => {
          if (text === '') edit(values.value === undefined ? [] : [{ op: 'remove', path: values.path }]);
          else if (items.length === 1) edit([{ op: 'set', path: [...values.path, 0], value: text }]);
          else edit(core.setTree(values.path, [text]));
        }}
      />
    );
  } else {
    control = <ValueChips values={values} label={label} />;
  }
  return (
    <div className="flex min-w-0 flex-col gap-0.5" data-values={formatPath(values.path)}>
      {control}
      <IssueList issues={issues} />
    </div>
  );
}
