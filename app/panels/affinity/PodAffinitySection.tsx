import { useId } from 'react';
import { formatPath, form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { AddPodTermRow } from './AddPodTermRow';
import { PodAffinityTermEditor } from './PodAffinityTermEditor';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';
import { SubHeading } from './SubHeading';
import { TermCard } from './TermCard';
import { WeightField } from './WeightField';

const REQUIRED = 'requiredDuringSchedulingIgnoredDuringExecution';
const PREFERRED = 'preferredDuringSchedulingIgnoredDuringExecution';

export type PodAffinitySide = 'podAffinity' | 'podAntiAffinity';

const WORDS: Readonly<
  Record<PodAffinitySide, { title: string; required: string; preferred: string; noun: string }>
> = {
  podAffinity: {
    title: 'Pod affinity',
    required: 'Must run near',
    preferred: 'Prefers to run near',
    noun: 'affinity term',
  },
  podAntiAffinity: {
    title: 'Pod anti-affinity',
    required: 'Must keep away from',
    preferred: 'Prefers to keep away from',
    noun: 'anti-affinity term',
  },
};

/** Pod affinity or anti-affinity: required terms and weighted preferred terms. */
export function PodAffinitySection({
  affinity,
  side,
}: {
  readonly affinity: core.View;
  readonly side: PodAffinitySide;
}) {
  const headingId = useId();
  const at = core.field(affinity, side);
  const issues = useIssuesAt(at.path);
  const editable = at.value === undefined || at.value === null || core.isMapping(at);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2" data-affinity-part={side}>
      <SubHeading id={headingId} path={at.path}>
        {WORDS[side].title}
      </SubHeading>
      <IssueList issues={issues} />
      <ShapeNote at={at} expected="mapping" />
      {editable && (
        <>
          <PodTermList at={at} side={side} weighted={false} />
          <PodTermList at={at} side={side} weighted />
          <KeptKeysList at={at} />
        </>
      )}
    </section>
  );
}

interface PodTermListProps {
  readonly at: core.View;
  readonly side: PodAffinitySide;
  readonly weighted: boolean;
}

function PodTermList({ at, side, weighted }: PodTermListProps) {
  const { edit } = useForm();
  const headingId = useId();
  const list = core.field(at, weighted ? PREFERRED : REQUIRED);
  const issues = useIssuesAt(list.path);
  const items = core.items(list);
  const words = WORDS[side];
  const noun = `${weighted ? 'preferred' : 'required'} ${words.noun}`;
  const editable = list.value === undefined || list.value === null || Array.isArray(list.value);
  return (
    <div role="group" aria-labelledby={headingId} className="flex flex-col gap-1.5 @container">
      <SubHeading id={headingId} path={list.path}>
        {weighted ? words.preferred : words.required}
      </SubHeading>
      <IssueList issues={issues} />
      <ShapeNote at={list} expected="list" />
      {items.length > 0 && (
        <ul className="flex flex-col gap-1">
          {items.map((item, i) => {
            const title = `${weighted ? 'Preferred' : 'Required'} ${words.noun} ${i + 1}`;
            return (
              <TermCard key={formatPath(item.path)} list={list} term={item} title={title}>
                {!weighted ? (
                  <PodAffinityTermEditor term={item} />
                ) : core.isMapping(item) ? (
                  <>
                    <WeightField term={item} label={`Weight of ${title.toLowerCase()}`} />
                    <PodAffinityTermEditor term={core.field(item, 'podAffinityTerm')} withIssues />
                    <KeptKeysList at={item} />
                  </>
                ) : (
                  <ShapeNote at={item} expected="mapping" />
                )}
              </TermCard>
            );
          })}
        </ul>
      )}
      {editable && (
        <AddPodTermRow
          listPath={list.path}
          what={`new ${noun}`}
          buttonLabel={`Add ${noun}`}
          weighted={weighted}
          onAdd={(term, weight) =>
            edit(core.append(list, weighted ? { weight, podAffinityTerm: term } : term))
          }
        />
      )}
    </div>
  );
}
