import { form as core } from '../../../src/index';
import { IssueList } from '../../form/controls/IssueList';
import { useForm, useIssuesAt } from '../../form/FormContext';
import { Panel } from '../../form/Panel';
import { FIELD_KEY_LIST_ID, TOPOLOGY_KEYS, TOPOLOGY_LIST_ID } from './affinityModel';
import { AffinitySummary } from './AffinitySummary';
import { NodeAffinitySection, PodAffinitySection } from '../lazyPanels';
import { KeptKeysList } from '../../form/controls/KeptAsWritten';
import { ShapeNote } from './ShapeNote';

/** Node affinity, pod affinity and pod anti-affinity of the section, with what they mean in words. */
export function AffinityPanel() {
  const { root } = useForm();
  const affinity = core.field(root, 'affinity');
  const issues = useIssuesAt(affinity.path);
  const editable = affinity.value === undefined || affinity.value === null || core.isMapping(affinity);
  return (
    <Panel
      id="affinity"
      title="Affinity"
      paths={[affinity.path]}
      summary={<AffinitySummary affinity={affinity} />}
    >
      <datalist id={TOPOLOGY_LIST_ID}>
        {TOPOLOGY_KEYS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <datalist id={FIELD_KEY_LIST_ID}>
        <option value="metadata.name" />
      </datalist>
      <IssueList issues={issues} />
      <ShapeNote at={affinity} expected="mapping" />
      {editable && (
        <div className="flex flex-col gap-4 @container">
          <NodeAffinitySection affinity={affinity} />
          <PodAffinitySection affinity={affinity} side="podAffinity" />
          <PodAffinitySection affinity={affinity} side="podAntiAffinity" />
          <KeptKeysList at={affinity} />
        </div>
      )}
    </Panel>
  );
}
