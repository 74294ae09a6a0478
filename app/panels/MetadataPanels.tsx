import { form as core } from '../../src/index';
import { useForm } from '../form/FormContext';
import { Panel } from '../form/Panel';
import { KeyValueTable } from '../form/controls/KeyValueTable';

const WELL_KNOWN_NODE_KEYS = [
  'kubernetes.io/arch',
  'kubernetes.io/os',
  'kubernetes.io/hostname',
  'node.kubernetes.io/instance-type',
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'cloud.google.com/gke-nodepool',
  'cloud.google.com/gke-accelerator',
  'eks.amazonaws.com/nodegroup',
  'kubernetes.azure.com/agentpool',
  'nvidia.com/gpu.product',
];

/** Datalist of node label keys offered wherever a node label key is typed. */
export function NodeKeyList() {
  return (
    <datalist id="node-label-keys">
      {WELL_KNOWN_NODE_KEYS.map((k) => (
        <option key={k} value={k} />
      ))}
    </datalist>
  );
}

interface MapPanelProps {
  readonly field: 'labels' | 'annotations' | 'nodeSelector';
}

const TITLES: Record<MapPanelProps['field'], { title: string; noun: string }> = {
  labels: { title: 'Labels', noun: 'label' },
  annotations: { title: 'Annotations', noun: 'annotation' },
  nodeSelector: { title: 'Node selector', noun: 'node selector' },
};

/** Labels, annotations or node selector as a key/value table. */
export function MapPanel({ field }: MapPanelProps) {
  const { root } = useForm();
  const at = core.field(root, field);
  const { title, noun } = TITLES[field];
  const count = core.entries(at).length;
  return (
    <Panel
      id={field}
      title={title}
      paths={[at.path]}
      summary={count > 0 ? `${count} ${noun}${count === 1 ? '' : 's'}` : null}
    >
      <KeyValueTable
        at={at}
        noun={noun}
        {...(field === 'nodeSelector' ? { keyList: 'node-label-keys' } : {})}
      />
    </Panel>
  );
}
