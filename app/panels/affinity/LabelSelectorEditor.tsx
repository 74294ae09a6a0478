import { useId, useState } from 'react';
import { formatPath, form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { KeyValueTable } from '../../form/controls/KeyValueTable';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { RequirementList } from './RequirementList';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';

interface LabelSelectorEditorProps {
  readonly at: core.View;
  readonly title: string;
  /** What the selector picks: "pod" or "namespace". */
  readonly noun: string;
  /** What an absent selector means here. */
  readonly absentMeaning: string;
  /**
   * For an optional selector: when absent, offer writing `{}` (select everything) and keep the
   * label editors folded until asked for.
   */
  readonly optional?: boolean;
}

/** A Kubernetes LabelSelector: matchLabels and matchExpressions, all of which must hold. */
export function LabelSelectorEditor({
  at,
  title,
  noun,
  absentMeaning,
  optional = false,
}: LabelSelectorEditorProps) {
  const { edit, readOnly } = useForm();
  const headingId = useId();
  const issues = useIssuesAt(at.path);
  const absent = at.value === undefined || at.value === null;
  const editable = absent || core.isMapping(at);
  const empty = core.isMapping(at) && core.entries(at).length === 0;
  const [unfolded, setUnfolded] = useState(false);
  const capitalized = noun.charAt(0).toUpperCase() + noun.slice(1);
  const folded = optional && absent && !unfolded;
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-1">
      <span id={headingId} className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {title}
      </span>
      <IssueList issues={issues} />
      <ShapeNote at={at} expected="mapping" />
      {absent && (
        <p className="m-0 flex flex-wrap items-center gap-2 text-xs text-slate-500 dark:text-slate-400">
          {absentMeaning}
          {optional && (
            <button
              type="button"
              data-path={formatPath(at.path)}
              data-part="select-all"
              className={SMALL_BUTTON}
              disabled={readOnly}
              onClick={() => edit(core.setTree(at.path, {}))}
            >
              {`Select every ${noun} ({})`}
            </button>
          )}
          {folded && (
            <button
              type="button"
              className={SMALL_BUTTON}
              disabled={readOnly}
              onClick={() => setUnfolded(true)}
            >
              {`Select ${noun}s by label…`}
            </button>
          )}
        </p>
      )}
      {empty && (
        <p className="m-0 text-xs text-slate-500 dark:text-slate-400">{`Empty ({}): selects every ${noun}.`}</p>
      )}
      {editable && !folded && (
        <>
          <span className="text-xs text-slate-600 dark:text-slate-400">{`${capitalized} labels equal to`}</span>
          <KeyValueTable at={core.field(at, 'matchLabels')} noun={`${noun} label`} />
          <span className="text-xs text-slate-600 dark:text-slate-400">{`${capitalized} label requirements (all must hold)`}</span>
          <RequirementList
            list={core.field(at, 'matchExpressions')}
            kind="label"
            noun={`${noun} label requirement`}
            buttonLabel="Add requirement"
          />
          <KeptKeysList at={at} />
        </>
      )}
    </div>
  );
}
