/** Which section a preset adds to. */
export type PresetKind = 'environment' | 'cleaner';

/**
 * A ready-made block for one common need. Applying it merges `block` into the section: it adds
 * what is missing and never replaces what is there (see `applyPreset`).
 */
export interface Preset {
  readonly id: string;
  readonly title: string;
  /** One line: what it does and which placeholder to edit. */
  readonly description: string;
  readonly kind: PresetKind;
  /** The fields it adds, with the section's documented (camelCase) keys. */
  readonly block: Readonly<Record<string, unknown>>;
}

// Placeholders the user is expected to edit; valid values, so the result checks clean.
const APP_LABEL = { app: 'my-app' };
const SERVICE_LABEL = { app: 'my-service' };
// Same non-root ID as the form's "Harden" button.
const NON_ROOT_ID = 1000;

/** Preferred anti-affinity to pods carrying the app label, per topology domain. */
function spreadBlock(topologyKey: string): Record<string, unknown> {
  return {
    labels: { ...APP_LABEL },
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [
          { weight: 100, podAffinityTerm: { labelSelector: { matchLabels: { ...APP_LABEL } }, topologyKey } },
        ],
      },
    },
  };
}

/** Every preset, in the order the menu lists them. */
export const PRESETS: readonly Preset[] = [
  {
    id: 'gpu-node-pool',
    title: 'GPU node pool',
    description:
      'Runs on nodes labelled nvidia.com/gpu.present=true (NVIDIA GPU Feature Discovery) and tolerates ' +
      'their nvidia.com/gpu taint; request the GPUs themselves in the container resources.',
    kind: 'environment',
    block: {
      nodeSelector: { 'nvidia.com/gpu.present': 'true' },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
    },
  },
  {
    id: 'spot-gke',
    title: 'Spot VMs (GKE)',
    description:
      'Runs on GKE Spot VM nodes (cloud.google.com/gke-spot=true) and tolerates their NoSchedule taint; ' +
      'the run can be stopped at any time.',
    kind: 'environment',
    block: {
      nodeSelector: { 'cloud.google.com/gke-spot': 'true' },
      tolerations: [
        { key: 'cloud.google.com/gke-spot', operator: 'Equal', value: 'true', effect: 'NoSchedule' },
      ],
    },
  },
  {
    id: 'spot-aks',
    title: 'Spot nodes (AKS)',
    description:
      'Runs on AKS spot node pools (kubernetes.azure.com/scalesetpriority=spot) and tolerates the taint ' +
      'AKS puts on them; the run can be evicted at any time.',
    kind: 'environment',
    block: {
      nodeSelector: { 'kubernetes.azure.com/scalesetpriority': 'spot' },
      tolerations: [
        {
          key: 'kubernetes.azure.com/scalesetpriority',
          operator: 'Equal',
          value: 'spot',
          effect: 'NoSchedule',
        },
      ],
    },
  },
  {
    id: 'spot-eks',
    title: 'Spot capacity (EKS)',
    description:
      'Runs on EKS managed node groups with Spot capacity (eks.amazonaws.com/capacityType=SPOT); ' +
      'they are not tainted, so no toleration is needed.',
    kind: 'environment',
    block: { nodeSelector: { 'eks.amazonaws.com/capacityType': 'SPOT' } },
  },
  {
    id: 'dedicated-nodes',
    title: 'Dedicated nodes (by taint)',
    description:
      'Runs only on nodes labelled and tainted dedicated=my-team:NoSchedule (kubectl taint nodes NODE ' +
      'dedicated=my-team:NoSchedule); replace my-team with your group.',
    kind: 'environment',
    block: {
      nodeSelector: { dedicated: 'my-team' },
      tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'my-team', effect: 'NoSchedule' }],
    },
  },
  {
    id: 'spread-nodes',
    title: 'Spread replicas across nodes',
    description:
      'Labels the pods app=my-app and prefers not to put two of them on the same node; replace my-app ' +
      'in both places.',
    kind: 'environment',
    block: spreadBlock('kubernetes.io/hostname'),
  },
  {
    id: 'spread-zones',
    title: 'Spread replicas across zones',
    description:
      'Labels the pods app=my-app and prefers not to put two of them in the same zone; replace my-app ' +
      'in both places.',
    kind: 'environment',
    block: spreadBlock('topology.kubernetes.io/zone'),
  },
  {
    id: 'colocate-service',
    title: 'Co-locate with a service',
    description:
      'Prefers nodes that already run pods labelled app=my-service (pod affinity per node); replace ' +
      'my-service with the label of the service to be near.',
    kind: 'environment',
    block: {
      affinity: {
        podAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 100,
              podAffinityTerm: {
                labelSelector: { matchLabels: SERVICE_LABEL },
                topologyKey: 'kubernetes.io/hostname',
              },
            },
          ],
        },
      },
    },
  },
  {
    id: 'non-root-restricted',
    title: 'Non-root, hardened (restricted)',
    description:
      'What the restricted Pod Security Standard asks of the pod: run as non-root (user and group 1000) ' +
      'with the RuntimeDefault seccomp profile; the container-only fields belong to the run’s container.',
    kind: 'environment',
    // Only fields both security context types have: Polyaxon validates this section as a container
    // context (so fsGroup is rejected) and applies it to the pod (so allowPrivilegeEscalation and
    // capabilities are dropped), as the form's "Harden" button does.
    block: {
      securityContext: {
        runAsNonRoot: true,
        runAsUser: NON_ROOT_ID,
        runAsGroup: NON_ROOT_ID,
        seccompProfile: { type: 'RuntimeDefault' },
      },
    },
  },
  {
    id: 'custom-dns',
    title: 'Custom DNS',
    description:
      'Uses only the DNS settings given here (dnsPolicy None): replace the nameserver 192.0.2.53 and the ' +
      'search domains with yours.',
    kind: 'environment',
    block: {
      dnsPolicy: 'None',
      dnsConfig: {
        nameservers: ['192.0.2.53'],
        searches: ['my-namespace.svc.cluster.local', 'svc.cluster.local', 'cluster.local'],
        options: [{ name: 'ndots', value: '2' }],
      },
    },
  },
  {
    id: 'private-registry',
    title: 'Private registry secret',
    description:
      'Pulls images with the credentials in the secret my-registry-secret (kubectl create secret ' +
      'docker-registry); replace the name with your secret’s.',
    kind: 'environment',
    block: { imagePullSecrets: ['my-registry-secret'] },
  },
  {
    id: 'cleaner-small',
    title: 'Small footprint',
    description:
      'Small requests and limits for the cleaner job (50m CPU and 64Mi memory, at most 250m and 256Mi); ' +
      'they replace Polyaxon’s defaults.',
    kind: 'cleaner',
    block: {
      resources: {
        requests: { cpu: '50m', memory: '64Mi' },
        limits: { cpu: '250m', memory: '256Mi' },
      },
    },
  },
  {
    id: 'cleaner-system-nodes',
    title: 'Run on system nodes',
    description:
      'Runs the cleaner on system nodes (the AKS label kubernetes.azure.com/mode=system; change it for ' +
      'your cluster) and tolerates their CriticalAddonsOnly taint.',
    kind: 'cleaner',
    block: {
      nodeSelector: { 'kubernetes.azure.com/mode': 'system' },
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }],
    },
  },
];

/** The preset with this id, or undefined. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The presets for one section kind, in menu order. */
export function presetsFor(kind: PresetKind): Preset[] {
  return PRESETS.filter((p) => p.kind === kind);
}
