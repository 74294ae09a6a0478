import { isMap, stringify } from 'yaml';
import { formatPath, type Path } from '../path/path';
import { detectDocument } from '../read/detect';
import { nodeAtPath } from '../yaml/nodes';
import { parseCached } from '../yaml/sourceCache';
import { CARRIED_SPEC_FIELDS, POD_SECURITY_DROPPED, POD_SPEC_DROPPED } from './reasons';

export interface LeftOut {
  /** Path in the manifest, e.g. `spec.template.spec.volumes`. */
  readonly path: string;
  readonly reason: string;
}

export type ImportResult =
  | {
      readonly ok: true;
      /** The environment as a YAML document (`environment:` wrapper included). */
      readonly yaml: string;
      readonly environment: Readonly<Record<string, unknown>>;
      /** What was carried over, as `from → to` lines. */
      readonly carried: readonly string[];
      readonly leftOut: readonly LeftOut[];
      readonly description: string;
    }
  | { readonly ok: false; readonly error: string };

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Turns the pod template of a Kubernetes Pod / Job / Deployment / StatefulSet / DaemonSet /
 * ReplicaSet / CronJob manifest into a Polyaxon `environment` section: the pod-level scheduling
 * and identity fields are carried over, imagePullSecrets become plain names, and everything the
 * environment cannot hold is listed with the reason. Never throws.
 */
export function importManifest(text: string, options: { doc?: number } = {}): ImportResult {
  const file = parseCached(text);
  const index = options.doc ?? file.docs.findIndex((d) => detectDocument(d, 0, 'auto').format === 'manifest');
  const doc = index >= 0 ? file.docs[index] : undefined;
  if (!doc)
    return {
      ok: false,
      error: 'No Kubernetes Pod, Job, Deployment, StatefulSet, DaemonSet or CronJob found',
    };
  if (doc.errors.length > 0)
    return { ok: false, error: `The manifest does not parse: ${doc.errors[0]?.message ?? ''}` };
  const detection = detectDocument(doc, index, 'auto');
  const section = detection.sections.find((s) => s.kind === 'podSpec');
  if (detection.format !== 'manifest' || !section) {
    return { ok: false, error: `Not a workload manifest with a pod template (${detection.description})` };
  }
  const read = (path: Path): unknown => {
    const { node } = nodeAtPath(doc, path);
    return node ? (node.toJS(doc, { maxAliasCount: 1000 }) as unknown) : undefined;
  };
  const spec = read(section.path);
  if (!isObj(spec) || !isMap(nodeAtPath(doc, section.path).node)) {
    return { ok: false, error: 'The pod spec is not a mapping' };
  }
  const env: Obj = {};
  const carried: string[] = [];
  const leftOut: LeftOut[] = [];
  const where = (path: Path): string => formatPath(path);
  const metadata = section.metadataPath ? read(section.metadataPath) : undefined;
  if (isObj(metadata) && section.metadataPath) {
    for (const key of ['labels', 'annotations'] as const) {
      if (isObj(metadata[key])) {
        env[key] = metadata[key];
        carried.push(`${where([...section.metadataPath, key])} → environment.${key}`);
      }
    }
  }
  for (const [key, value] of Object.entries(spec)) {
    const from = where([...section.path, key]);
    if (value === null || value === undefined) continue;
    if (key === 'securityContext' && isObj(value)) {
      const kept: Obj = {};
      for (const [k, v] of Object.entries(value)) {
        const reason = POD_SECURITY_DROPPED[k];
        if (reason) leftOut.push({ path: where([...section.path, key, k]), reason });
        else kept[k] = v;
      }
      if (Object.keys(kept).length > 0) {
        env['securityContext'] = kept;
        carried.push(`${from} → environment.securityContext`);
      }
      continue;
    }
    if (key === 'imagePullSecrets' && Array.isArray(value)) {
      env['imagePullSecrets'] = value.map((s: unknown) =>
        isObj(s) && typeof s['name'] === 'string' ? s['name'] : s,
      );
      carried.push(`${from} → environment.imagePullSecrets (as names)`);
      continue;
    }
    if (key === 'serviceAccount' && spec['serviceAccountName'] === undefined) {
      env['serviceAccountName'] = value;
      carried.push(`${from} → environment.serviceAccountName`);
      continue;
    }
    if (CARRIED_SPEC_FIELDS.includes(key)) {
      env[key] = value;
      carried.push(`${from} → environment.${key}`);
      continue;
    }
    leftOut.push({ path: from, reason: POD_SPEC_DROPPED[key] ?? 'the environment has no field for it' });
  }
  const containers = spec['containers'];
  if (Array.isArray(containers)) {
    containers.forEach((c: unknown, i) => {
      if (isObj(c) && c['securityContext'] !== undefined) {
        leftOut.push({
          path: where([...section.path, 'containers', i, 'securityContext']),
          reason: "a container's security context goes on run.container.securityContext",
        });
      }
    });
  }
  const yaml = stringify({ environment: env }, { lineWidth: 0 });
  return { ok: true, yaml, environment: env, carried, leftOut, description: detection.description };
}
