import { memo, useMemo } from 'react';
import type { Edit, FixOption, Issue } from '../../src/index';
import { CLEANER_FIELD_NAMES, form } from '../../src/index';
import type { FormTargetChoice } from '../state/formTarget';
import type { FormState } from '../state/useFormSnapshot';
import { FormProvider, indexIssues, type FormApi } from './FormContext';
import { CleanerPanels } from '../panels/lazyPanels';
import { EnvironmentPanels, ENVIRONMENT_FIELDS } from '../panels/EnvironmentPanels';
import { NodeKeyList } from '../panels/MetadataPanels';
import { OtherKeys } from '../panels/OtherKeysPanel';

interface SectionFormProps {
  readonly target: FormTargetChoice;
  readonly state: FormState;
  readonly issues: readonly Issue[];
  readonly onEdit: (edits: readonly Edit[]) => void;
  readonly fixable: ReadonlySet<string>;
  readonly getFixes: (issue: Issue) => Promise<FixOption[]>;
  readonly onApplyFix: (fix: FixOption) => void;
}

/**
 * The form for one section: every panel of its kind, bound to the document through `onEdit`.
 * Memoized: the page re-renders on every edit, the form only when its own props change.
 */
export const SectionForm = memo(function SectionForm({
  target,
  state,
  issues,
  onEdit,
  fixable,
  getFixes,
  onApplyFix,
}: SectionFormProps) {
  const issuesByPath = useMemo(() => indexIssues(issues), [issues]);
  const api = useMemo<FormApi>(
    () => ({
      root: form.view(target.path, state.value),
      kind: target.kind,
      readOnly: state.problem !== null,
      issuesByPath,
      edit: onEdit,
      fixable,
      getFixes,
      applyFix: onApplyFix,
    }),
    [target, state, issuesByPath, onEdit, fixable, getFixes, onApplyFix],
  );
  return (
    <FormProvider value={api}>
      <div
        data-testid="section-form"
        data-kind={target.kind}
        data-readonly={api.readOnly}
        className="flex flex-col gap-3"
      >
        {state.problem && (
          <div
            role="status"
            data-testid="form-readonly"
            className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm dark:bg-amber-950"
          >
            The form cannot read the YAML at line {state.problem.line}, column {state.problem.col}:{' '}
            {state.problem.message}. It shows the last good state and is read-only until the YAML is fixed.
          </div>
        )}
        <NodeKeyList />
        <fieldset disabled={api.readOnly} className="flex min-w-0 flex-col gap-3">
          {target.kind === 'cleaner' ? <CleanerPanels /> : <EnvironmentPanels />}
          <OtherKeys known={target.kind === 'cleaner' ? CLEANER_FIELD_NAMES : ENVIRONMENT_FIELDS} />
        </fieldset>
      </div>
    </FormProvider>
  );
});
