import { formatPath, form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { useForm, useIssuesAt } from '../../form/FormContext';
import type { RequirementKind } from './affinityModel';
import { AddRequirementRow } from './AddRequirementRow';
import { RequirementRow } from './RequirementRow';
import { ShapeNote } from './ShapeNote';

interface RequirementListProps {
  /** A `matchExpressions` or `matchFields` list. */
  readonly list: core.View;
  readonly kind: RequirementKind;
  readonly noun: string;
  readonly buttonLabel?: string;
}

/** The requirements of one selector (all must hold), and a row to add one. */
export function RequirementList({ list, kind, noun, buttonLabel = 'Add' }: RequirementListProps) {
  const { edit } = useForm();
  const issues = useIssuesAt(list.path);
  const items = core.items(list);
  const notAList = list.value !== undefined && list.value !== null && !Array.isArray(list.value);
  return (
    <div className="flex flex-col gap-1" data-list={formatPath(list.path)}>
      <IssueList issues={issues} />
      <ShapeNote at={list} expected="list" />
      {items.length > 0 && (
        <ul className="flex flex-col gap-1">
          {items.map((expr) => (
            <RequirementRow
              key={formatPath(expr.path)}
              list={list}
              expr={expr}
              index={expr.path[expr.path.length - 1] as number}
              kind={kind}
              noun={noun}
            />
          ))}
        </ul>
      )}
      {!notAList && (
        <AddRequirementRow
          listPath={list.path}
          kind={kind}
          what={`new ${noun}`}
          buttonLabel={buttonLabel}
          onAdd={(requirement) => edit(core.append(list, requirement))}
        />
      )}
    </div>
  );
}
