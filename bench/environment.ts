import type { Random } from './random';

const TEAMS = ['vision', 'nlp', 'speech', 'ranking', 'infra', 'research'];
const TIERS = ['gpu', 'cpu', 'highmem', 'spot'];
const ZONES = ['europe-west1-b', 'europe-west1-c', 'us-central1-a', 'us-east1-d'];
const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/**
 * The lines of a realistic environment section (labels, annotations, node selector,
 * tolerations, affinity, security context, comments), indented by `indent` spaces, starting
 * with `environment:`.
 */
export function environmentLines(r: Random, indent: number, id: number): string[] {
  const pad = ' '.repeat(indent);
  const team = r.pick(TEAMS);
  const tier = r.pick(TIERS);
  const out: string[] = [
    'environment:',
    `  # Scheduling for step ${id} (${team})`,
    '  labels:',
    `    example.com/pipeline: ${team}-nightly`,
    `    example.com/team: ${team}`,
    `    example.com/step: "${id}"`,
    `    cost-center: cc-${1000 + r.int(9000)}`,
    '  annotations:',
    `    example.com/owner: ${team}@example.com`,
    `    example.com/description: "Step ${id} of the ${team} pipeline, run nightly"`,
    '  nodeSelector:',
    `    node.example.com/tier: ${tier}`,
    `    topology.kubernetes.io/zone: ${r.pick(ZONES)}`,
    '  tolerations:',
    ...tolerations(r, tier),
    '  affinity:',
    '    nodeAffinity:',
    '      requiredDuringSchedulingIgnoredDuringExecution:',
    '        nodeSelectorTerms:',
    '          - matchExpressions:',
    '              - key: node.example.com/tier',
    '                operator: In',
    `                values: [${tier}, ${r.pick(TIERS)}]`,
    '      preferredDuringSchedulingIgnoredDuringExecution:',
    `        - weight: ${1 + r.int(100)}`,
    '          preference:',
    '            matchExpressions:',
    '              - key: topology.kubernetes.io/zone',
    '                operator: In',
    `                values: ["${r.pick(ZONES)}"]`,
    '    podAntiAffinity:',
    '      preferredDuringSchedulingIgnoredDuringExecution:',
    '        - weight: 50 # spread the replicas',
    '          podAffinityTerm:',
    '            topologyKey: kubernetes.io/hostname',
    '            labelSelector:',
    '              matchLabels:',
    `                example.com/team: ${team}`,
    '  securityContext:',
    '    runAsNonRoot: true',
    `    runAsUser: ${1000 + r.int(1000)}`,
    `    runAsGroup: ${1000 + r.int(1000)}`,
    '    seccompProfile:',
    '      type: RuntimeDefault',
    `  serviceAccountName: ${team}-runner`,
    '  imagePullSecrets: ["registry-credentials"]',
    `  priorityClassName: ${r.chance(0.5) ? 'batch-high' : 'batch-low'}`,
    '  restartPolicy: Never',
  ];
  return out.map((line) => pad + line);
}

function tolerations(r: Random, tier: string): string[] {
  const out = [
    `    - key: node.example.com/${tier}`,
    '      operator: Exists',
    `      effect: ${r.pick(EFFECTS)}`,
  ];
  if (r.chance(0.6)) {
    out.push(
      '    # tolerate short node outages',
      '    - key: node.kubernetes.io/unreachable',
      '      operator: Exists',
      '      effect: NoExecute',
      `      tolerationSeconds: ${60 * (1 + r.int(10))}`,
    );
  }
  return out;
}
