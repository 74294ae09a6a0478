import { form as core } from '../../../src/index';
import { InlineInput } from '../../form/controls/InlineInput';
import { IssueList } from '../../form/controls/IssueList';
import { StringList } from '../../form/controls/StringList';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { TOPOLOGY_LIST_ID } from './affinityModel';
import { LabelSelectorEditor } from './LabelSelectorEditor';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';

interface PodAffinityTermEditorProps {
  readonly term: core.View;
  readonly withIssues?: boolean;
}

/** A PodAffinityTerm: which pods (label selector, namespaces), and what "the same place" is (topologyKey). */
export function PodAffinityTermEditor({ term, withIssues = false }: PodAffinityTermEditorProps) {
  const { edit } = useForm();
  const issues = useIssuesAt(term.path);
  if (term.value !== undefined && !core.isMapping(term)) {
    return (
      <div className="flex flex-col gap-1">
        {withIssues && <IssueList issues={issues} />}
        <ShapeNote at={term} expected="mapping" />
      </div>
    );
  }
  const topology = core.field(term, 'topologyKey');
  const matchLabelKeys = core.field(term, 'matchLabelKeys');
  const mismatchLabelKeys = core.field(term, 'mismatchLabelKeys');
  const advanced = matchLabelKeys.value !== undefined || mismatchLabelKeys.value !== undefined;
  return (
    <div className="flex flex-col gap-2 @container">
      {withIssues && <IssueList issues={issues} />}
      <label className="flex flex-col gap-0.5 text-xs font-medium text-slate-700 dark:text-slate-300">
        Topology key (the node label that defines “the same place”)
        <InlineInput
          path={topology.path}
          label="Topology key"
          value={core.scalarText(topology.value)}
          placeholder="kubernetes.io/hostname"
          list={TOPOLOGY_LIST_ID}
          onType={(text) => edit([{ op: 'set', path: topology.path, value: text }])}
        />
      </label>
      <LabelSelectorEditor
        at={core.field(term, 'labelSelector')}
        title="Pods (label selector)"
        noun="pod"
        absentMeaning="No label selector: this term selects no pods."
      />
      <div className="flex flex-col gap-1">
        <span className="text-xs font-medium text-slate-700 dark:text-slate-300">Namespaces</span>
        <StringList at={core.field(term, 'namespaces')} noun="namespace" placeholder="team-a" />
      </div>
      <LabelSelectorEditor
        at={core.field(term, 'namespaceSelector')}
        title="Namespace selector"
        noun="namespace"
        absentMeaning="Not set: only the namespaces listed (or this pod's own namespace)."
        optional
      />
      <details open={advanced} className="text-xs">
        <summary className="cursor-pointer text-slate-600 dark:text-slate-400">
          matchLabelKeys and mismatchLabelKeys
        </summary>
        <div className="mt-1 flex flex-col gap-1">
          <span className="font-medium text-slate-700 dark:text-slate-300">matchLabelKeys</span>
          <StringList at={matchLabelKeys} noun="match label key" placeholder="pod-template-hash" />
          <span className="font-medium text-slate-700 dark:text-slate-300">mismatchLabelKeys</span>
          <StringList at={mismatchLabelKeys} noun="mismatch label key" placeholder="tenant" />
        </div>
      </details>
      <KeptKeysList at={term} />
    </div>
  );
}
