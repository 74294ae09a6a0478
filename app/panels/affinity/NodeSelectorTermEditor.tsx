import { useState } from 'react';
import { form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { RequirementList } from './RequirementList';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';

interface NodeSelectorTermEditorProps {
  readonly term: core.View;
  /** Show the issues at the term itself (when no card around it shows them). */
  readonly withIssues?: boolean;
}

/** A node selector term: node label requirements and node name tests, all of which must hold. */
export function NodeSelectorTermEditor({ term, withIssues = false }: NodeSelectorTermEditorProps) {
  const { readOnly } = useForm();
  const issues = useIssuesAt(term.path);
  const fields = core.field(term, 'matchFields');
  const [showFields, setShowFields] = useState(false);
  if (term.value !== undefined && !core.isMapping(term)) {
    return (
      <div className="flex flex-col gap-1">
        {withIssues && <IssueList issues={issues} />}
        <ShapeNote at={term} expected="mapping" />
      </div>
    );
  }
  const hasFields = fields.value !== undefined;
  return (
    <div className="flex flex-col gap-2 @container">
      {withIssues && <IssueList issues={issues} />}
      <div className="flex flex-col gap-1">
        <span className="text-xs text-slate-600 dark:text-slate-400">Node labels (all must match)</span>
        <RequirementList
          list={core.field(term, 'matchExpressions')}
          kind="node"
          noun="node label requirement"
          buttonLabel="Add requirement"
        />
      </div>
      {hasFields || showFields ? (
        <div className="flex flex-col gap-1">
          <span className="text-xs text-slate-600 dark:text-slate-400">
            Node names (matchFields on metadata.name)
          </span>
          <RequirementList
            list={fields}
            kind="field"
            noun="node field requirement"
            buttonLabel="Add node name"
          />
        </div>
      ) : (
        <button
          type="button"
          className={`${SMALL_BUTTON} self-start`}
          disabled={readOnly}
          onClick={() => setShowFields(true)}
        >
          Also test the node name (matchFields)…
        </button>
      )}
      <KeptKeysList at={term} />
    </div>
  );
}
