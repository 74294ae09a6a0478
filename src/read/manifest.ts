import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import type { Path } from '../path/path';
import { formatPath } from '../path/path';
import type { DocDetection } from './detect';
import { mapGet } from './detect';

/** Where each workload kind keeps its pod template. */
const POD_PATHS: Readonly<Record<string, { spec: Path; metadata: Path }>> = {
  Pod: { spec: ['spec'], metadata: ['metadata'] },
  Job: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  Deployment: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  StatefulSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  DaemonSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  ReplicaSet: { spec: ['spec', 'template', 'spec'], metadata: ['spec', 'template', 'metadata'] },
  CronJob: {
    spec: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    metadata: ['spec', 'jobTemplate', 'spec', 'template', 'metadata'],
  },
};

function text(node: Node | null): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

export function isWorkloadManifest(root: YAMLMap): boolean {
  const kind = text(mapGet(root, 'kind'));
  return kind !== null && kind in POD_PATHS && text(mapGet(root, 'apiVersion')) !== null;
}

export function workloadKind(root: YAMLMap): string {
  return text(mapGet(root, 'kind')) ?? '';
}

function nodeAt(root: YAMLMap, path: Path): Node | null {
  let cur: Node | null = root;
  for (const seg of path) {
    if (!isMap(cur) || typeof seg !== 'string') return null;
    cur = mapGet(cur, seg);
  }
  return cur;
}

/** The pod spec of a Kubernetes workload manifest, judged as the API server judges it. */
export function manifestSections(root: YAMLMap, doc: number): DocDetection {
  const kind = workloadKind(root);
  const paths = POD_PATHS[kind];
  const name = text(
    mapGet(isMap(mapGet(root, 'metadata')) ? (mapGet(root, 'metadata') as YAMLMap) : root, 'name'),
  );
  const description = `a Kubernetes ${kind}${name ? ` (${name})` : ''}`;
  if (!paths || !isMap(nodeAt(root, paths.spec))) {
    return {
      format: 'manifest',
      description: `${description} without a pod spec`,
      sections: [],
      misplaced: [],
    };
  }
  return {
    format: 'manifest',
    description,
    sections: [
      {
        doc,
        path: paths.spec,
        kind: 'podSpec',
        label: `${kind} ${formatPath(paths.spec)}`,
        runKind: kind,
        metadataPath: paths.metadata,
      },
    ],
    misplaced: [],
  };
}
