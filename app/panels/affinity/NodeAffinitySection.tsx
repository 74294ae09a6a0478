import { Fragment, useId } from 'react';
import { formatPath, form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { AddRequirementRow } from './AddRequirementRow';
import { NodeSelectorTermEditor } from './NodeSelectorTermEditor';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';
import { SubHeading } from './SubHeading';
import { OrSeparator, TermCard } from './TermCard';
import { WeightField } from './WeightField';

const REQUIRED = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';

/** Required node selector terms (any one must match) and weighted node preferences. */
export function NodeAffinitySection({ affinity }: { readonly affinity: core.View }) {
  const headingId = useId();
  const nodeAffinity = core.field(affinity, 'nodeAffinity');
  const issues = useIssuesAt(nodeAffinity.path);
  const editable = nodeAffinity.value === undefined || core.isMapping(nodeAffinity);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-affinity-part="nodeAffinity">
      <SubHeading id={headingId} path={nodeAffinity.path}>
        Node affinity
      </SubHeading>
      <IssueList issues={issues} />
      <ShapeNote at={nodeAffinity} expected="mapping" />
      {editable && (
        <>
          <RequiredNodeTerms nodeAffinity={nodeAffinity} />
          <PreferredNodeTerms nodeAffinity={nodeAffinity} />
          <KeptKeysList at={nodeAffinity} />
        </>
      )}
    </section>
  );
}

function RequiredNodeTerms({ nodeAffinity }: { readonly nodeAffinity: core.View }) {
  const { edit } = useForm();
  const headingId = useId();
  const required = core.field(nodeAffinity, REQUIRED);
  const terms = core.field(required, 'nodeSelectorTerms');
  const requiredIssues = useIssuesAt(required.path);
  const termsIssues = useIssuesAt(terms.path);
  const items = core.items(terms);
  const editable =
    (required.value === undefined || core.isMapping(required)) &&
    (terms.value === undefined || terms.value === null || Array.isArray(terms.value));
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-1.5 @container">
      <SubHeading
        id={headingId}
        path={terms.path}
        hint="Required: a node qualifies when it matches any one of these terms; within a term, every requirement must hold."
      >
        Must run on
      </SubHeading>
      <IssueList issues={requiredIssues} />
      <IssueList issues={termsIssues} />
      <ShapeNote at={required} expected="mapping" />
      <ShapeNote at={terms} expected="list" />
      {items.length > 0 && (
        <ul className="flex flex-col gap-1">
          {items.map((term, i) => (
            <Fragment key={formatPath(term.path)}>
              {i > 0 && <OrSeparator />}
              <TermCard list={terms} term={term} title={`Required term ${i + 1}`}>
                <NodeSelectorTermEditor term={term} />
              </TermCard>
            </Fragment>
          ))}
        </ul>
      )}
      {editable && (
        <AddRequirementRow
          listPath={terms.path}
          kind="node"
          what="new required node term"
          buttonLabel={items.length === 0 ? 'Add required node term' : 'Add alternative node term'}
          onAdd={(requirement) => edit(core.append(terms, { matchExpressions: [requirement] }))}
        />
      )}
      {core.isMapping(required) && <KeptKeysList at={required} />}
    </div>
  );
}

function PreferredNodeTerms({ nodeAffinity }: { readonly nodeAffinity: core.View }) {
  const { edit } = useForm();
  const headingId = useId();
  const preferred = core.field(nodeAffinity, PREFERRED);
  const issues = useIssuesAt(preferred.path);
  const items = core.items(preferred);
  const editable =
    preferred.value === undefined || preferred.value === null || Array.isArray(preferred.value);
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-1.5 @container">
      <SubHeading
        id={headingId}
        path={preferred.path}
        hint="Preferred: the scheduler favours nodes that match, adding up the weights of the matching preferences."
      >
        Prefers
      </SubHeading>
      <IssueList issues={issues} />
      <ShapeNote at={preferred} expected="list" />
      {items.length > 0 && (
        <ul className="flex flex-col gap-1">
          {items.map((item, i) => (
            <TermCard key={formatPath(item.path)} list={preferred} term={item} title={`Preference ${i + 1}`}>
              {core.isMapping(item) ? (
                <>
                  <WeightField term={item} label={`Weight of preference ${i + 1}`} />
                  <NodeSelectorTermEditor term={core.field(item, 'preference')} withIssues />
                  <KeptKeysList at={item} />
                </>
              ) : (
                <ShapeNote at={item} expected="mapping" />
              )}
            </TermCard>
          ))}
        </ul>
      )}
      {editable && (
        <AddRequirementRow
          listPath={preferred.path}
          kind="node"
          what="new node preference"
          buttonLabel="Add node preference"
          weighted
          onAdd={(requirement, weight) =>
            edit(core.append(preferred, { weight, preference: { matchExpressions: [requirement] } }))
          }
        />
      )}
    </div>
  );
}
