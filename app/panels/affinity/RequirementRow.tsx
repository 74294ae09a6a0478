import { form as core } from '../../../src/index';
import { InlineInput } from '../../form/controls/InlineInput';
import { IssueList } from '../../form/controls/IssueList';
import { RowButtons } from '../../form/controls/RowButtons';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { FIELD_KEY_LIST_ID, NODE_KEY_LIST_ID, type RequirementKind } from './affinityModel';
import { OperatorSelect } from './OperatorSelect';
import { RequirementValues } from './RequirementValues';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';

/** Column layout shared by requirement rows and the row that adds one. */
export const REQUIREMENT_GRID =
  'grid grid-cols-1 items-start gap-1 @lg:grid-cols-[minmax(0,1.3fr)_7.5rem_minmax(0,1fr)_auto]';

const KEY_LISTS: Readonly<Record<RequirementKind, string | undefined>> = {
  node: NODE_KEY_LIST_ID,
  field: FIELD_KEY_LIST_ID,
  label: undefined,
};

interface RequirementRowProps {
  readonly list: core.View;
  readonly expr: core.View;
  readonly index: number;
  readonly kind: RequirementKind;
  /** What one requirement is called in labels ("node label requirement"). */
  readonly noun: string;
}

/** One requirement of a selector: key, operator and the values the operator takes. */
export function RequirementRow({ list, expr, index, kind, noun }: RequirementRowProps) {
  const { root, edit } = useForm();
  const own = useIssuesAt(expr.path);
  const count = core.items(list).length;
  const what = `${noun} ${index + 1}`;
  const buttons = (
    <RowButtons
      what={what}
      index={index}
      count={count}
      onMove={(from, to) => edit(core.move(list, from, to))}
      onRemove={() => edit(core.removeAt(root, expr.path))}
    />
  );
  if (!core.isMapping(expr)) {
    return (
      <li className="flex items-start justify-between gap-2">
        <ShapeNote at={expr} expected="mapping" />
        {buttons}
      </li>
    );
  }
  const key = core.field(expr, 'key');
  const keyList = KEY_LISTS[kind];
  return (
    <li className="flex flex-col gap-0.5" data-requirement={index}>
      <div className={REQUIREMENT_GRID}>
        <InlineInput
          path={key.path}
          label={`${what} key`}
          value={core.scalarText(key.value)}
          placeholder={kind === 'field' ? 'metadata.name' : 'label key'}
          {...(keyList ? { list: keyList } : {})}
          onType={(text) => edit([{ op: 'set', path: key.path, value: text }])}
        />
        <OperatorSelect expr={expr} kind={kind} label={`${what} operator`} />
        <RequirementValues expr={expr} label={`${what} value`} />
        {buttons}
      </div>
      <IssueList issues={own} />
      <KeptKeysList at={expr} />
    </li>
  );
}
