import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Path } from '../path/path';
import { formatPath } from '../path/path';
import type { DocDetection, FoundSection, Misplaced } from './detect';
import { keysOf, mapGet } from './detect';

const POLYAXON_KINDS = new Set(['component', 'operation', 'preset']);
const POLYAXON_KEYS = ['run', 'runPatch', 'component', 'hubRef', 'pathRef', 'urlRef', 'dagRef', 'isPreset'];

/** Run kinds whose replicas may use restartPolicy ExitCode (Kubeflow operators). */
export const KUBEFLOW_KINDS = new Set(['tfjob', 'pytorchjob', 'mpijob', 'mxjob', 'xgbjob', 'paddlejob']);

export function isPolyaxonFile(root: YAMLMap, keys: readonly string[]): boolean {
  const kind = scalarText(mapGet(root, 'kind'));
  if (kind !== null && POLYAXON_KINDS.has(kind)) return true;
  return POLYAXON_KEYS.some((k) => keys.includes(k));
}

function scalarText(node: Node | null): string | null {
  return isScalar(node) && typeof node.value === 'string' ? node.value : null;
}

interface Scan {
  readonly doc: number;
  readonly sections: FoundSection[];
  readonly misplaced: Misplaced[];
}

/** Finds every environment in a Polyaxon file: run, replicas, runPatch, DAG operations, presets. */
export function scanPolyaxonFile(root: YAMLMap, doc: number): DocDetection {
  const scan: Scan = { doc, sections: [], misplaced: [] };
  scanOperationOrComponent(scan, root, [], true);
  const kind = scalarText(mapGet(root, 'kind'));
  const preset = mapGet(root, 'isPreset');
  const what =
    isScalar(preset) && preset.value === true ? 'a Polyaxon preset' : `a Polyaxon ${kind ?? 'file'}`;
  const n = scan.sections.length;
  return {
    format: 'polyaxonfile',
    description: `${what} with ${n === 1 ? 'one environment section' : `${n} environment sections`}`,
    sections: scan.sections,
    misplaced: scan.misplaced,
  };
}

function scanOperationOrComponent(scan: Scan, map: YAMLMap, path: Path, top: boolean): void {
  const kind = scalarText(mapGet(map, 'kind'));
  const component = mapGet(map, 'component');
  const run = mapGet(map, 'run');
  const runPatch = mapGet(map, 'runPatch');
  let runKind: string | undefined;
  if (isMap(run)) runKind = scalarText(mapGet(run, 'kind')) ?? undefined;
  if (mapGet(map, 'environment') !== null && keysOf(map).includes('environment')) {
    const isOperation = kind === 'operation' || (top && kind !== 'component' && !isMap(run));
    const target: Path = isOperation ? [...path, 'runPatch', 'environment'] : [...path, 'run', 'environment'];
    scan.misplaced.push({
      doc: scan.doc,
      path: [...path, 'environment'],
      target,
      message: `environment is not accepted at the ${isOperation ? 'operation' : 'component'} level; move it under ${formatPath(target)}`,
    });
  }
  if (isMap(component)) {
    const inner = mapGet(component, 'run');
    if (isMap(inner)) runKind = scalarText(mapGet(inner, 'kind')) ?? runKind;
    scanOperationOrComponent(scan, component, [...path, 'component'], false);
  }
  if (isMap(run)) scanRun(scan, run, [...path, 'run'], runKind);
  if (isMap(runPatch)) {
    const patchKind = scalarText(mapGet(runPatch, 'kind')) ?? runKind;
    scanRun(scan, runPatch, [...path, 'runPatch'], patchKind);
  }
}

function scanRun(scan: Scan, run: YAMLMap, path: Path, runKind: string | undefined): void {
  const kind = scalarText(mapGet(run, 'kind')) ?? runKind;
  const base = { doc: scan.doc, kind: 'environment' as const, ...(kind ? { runKind: kind } : {}) };
  if (keysOf(run).includes('environment')) {
    scan.sections.push({
      ...base,
      path: [...path, 'environment'],
      label: formatPath([...path, 'environment']),
    });
  }
  for (const key of keysOf(run)) {
    if (key === 'environment' || key === 'kind') continue;
    const value = mapGet(run, key);
    if (key === 'container' && isMap(value) && keysOf(value).includes('environment')) {
      scan.misplaced.push({
        doc: scan.doc,
        path: [...path, 'container', 'environment'],
        target: [...path, 'environment'],
        message: `environment is not a container field; move it to ${formatPath([...path, 'environment'])}`,
      });
      continue;
    }
    if (key === 'operations' && isSeq(value)) {
      value.items.forEach((op, i) => {
        if (isMap(op)) scanOperationOrComponent(scan, op, [...path, 'operations', i], false);
      });
      continue;
    }
    if (key === 'components' && isSeq(value)) {
      value.items.forEach((c, i) => {
        if (isMap(c)) scanOperationOrComponent(scan, c, [...path, 'components', i], false);
      });
      continue;
    }
    if (isMap(value)) scanReplica(scan, value, [...path, key], kind, 0);
  }
}

function scanReplica(scan: Scan, map: YAMLMap, path: Path, runKind: string | undefined, depth: number): void {
  if (keysOf(map).includes('environment')) {
    scan.sections.push({
      doc: scan.doc,
      path: [...path, 'environment'],
      kind: 'environment',
      label: formatPath([...path, 'environment']),
      replica: true,
      ...(runKind ? { runKind } : {}),
    });
    return;
  }
  // Ray's `workers:` is a mapping of named replicas.
  if (depth > 0) return;
  for (const key of keysOf(map)) {
    const value = mapGet(map, key);
    if (isMap(value)) scanReplica(scan, value, [...path, key], runKind, depth + 1);
  }
}
