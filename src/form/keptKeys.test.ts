import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { formatPath, type Path } from '../path/path';
import { arrayElement, objectShape, recordValue, unwrapOptional } from '../schema/introspect';
import { sectionSchema } from '../schema/jsonSchema';
import { source } from '../testing/source';
import { keptKeys, type FormSectionKind, type KeptKey } from './keptKeys';
import { readSnapshot } from './snapshot';
import { otherKeys, view } from './view';

function kept(text: string, kind: FormSectionKind = 'environment', at: Path = [kind]): KeptKey[] {
  const snap = readSnapshot(text, { doc: 0, path: at });
  if (snap.status !== 'ok') throw new Error(snap.message);
  return keptKeys(kind, view(at, snap.value));
}

/** The kept keys as `path (reason)` lines, the way a reader checks them. */
function lines(text: string, kind: FormSectionKind = 'environment', at?: Path): string[] {
  return kept(text, kind, at).map((k) => `${formatPath(k.path)} (${k.reason})`);
}

describe('keptKeys', () => {
  it('lists a wrongly cased and a snake_case key of a toleration, not the snake_case spelling the form reads', () => {
    const text = source`
      environment:
        tolerations:
          - key: gpu
            effect: NoExecute
            tolerationseconds: 60
          - key: spot
            effect: NoExecute
            toleration_seconds: 30
          - key: dedicated
            tolerationSeconds: 10
            toleration_seconds: 20
            taint_effect: NoSchedule
    `;
    expect(lines(text)).toEqual([
      'environment.tolerations[0].tolerationseconds (unknown)',
      'environment.tolerations[2].toleration_seconds (spelling)',
      'environment.tolerations[2].taint_effect (unknown)',
    ]);
    const [wrongCase, duplicate] = kept(text);
    expect(wrongCase).toMatchObject({ key: 'tolerationseconds', value: 60 });
    expect(duplicate).toMatchObject({ key: 'toleration_seconds', value: 20, field: 'tolerationSeconds' });
  });

  it('lists an unknown key of the second DNS option and of dnsConfig, and a host alias key', () => {
    const text = source`
      environment:
        dnsConfig:
          nameservers: [1.1.1.1]
          option: []
          options:
            - name: ndots
              value: "2"
            - name: timeout
              vaule: "3"
        hostAliases:
          - ip: 10.0.0.1
            hostNames: [db.internal]
    `;
    expect(lines(text)).toEqual([
      'environment.dnsConfig.option (unknown)',
      'environment.dnsConfig.options[1].vaule (unknown)',
      'environment.hostAliases[0].hostNames (unknown)',
    ]);
    expect(kept(text)[1]).toMatchObject({ key: 'vaule', value: '3' });
  });

  it('reads matchLabelKeys in a pod affinity term (the form edits it) and lists it one level too high', () => {
    const text = source`
      environment:
        affinity:
          podAntiAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              - topologyKey: kubernetes.io/hostname
                labelSelector: {matchLabels: {app: web}}
                matchLabelKeys: [pod-template-hash]
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 50
                matchLabelKeys: [pod-template-hash]
                podAffinityTerm:
                  topologyKey: topology.kubernetes.io/zone
                  labelSelector:
                    matchExpressions:
                      - {key: app, operator: In, values: [web], value: web}
                  namespaceSelector: {matchLabel: {team: a}}
    `;
    const pref = 'environment.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0]';
    expect(lines(text)).toEqual([
      `${pref}.matchLabelKeys (unknown)`,
      `${pref}.podAffinityTerm.labelSelector.matchExpressions[0].value (unknown)`,
      `${pref}.podAffinityTerm.namespaceSelector.matchLabel (unknown)`,
    ]);
  });

  it('lists keys of node affinity objects, terms, preferences and matchFields rows', () => {
    const text = source`
      environment:
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
                - matchFields:
                    - {key: metadata.name, operator: In, values: [n1], Values: [n2]}
                  matchLabels: {a: b}
              weight: 1
            preferredDuringSchedulingIgnoredDuringExecution:
              - weight: 1
                preference: {matchExpressions: [], matchFields: [], extra: 1}
            requiredDuringScheduling: {}
          podAffinity: {required: []}
          nodeAfinity: {}
    `;
    const na = 'environment.affinity.nodeAffinity';
    expect(lines(text)).toEqual([
      `${na}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchFields[0].Values (spelling)`,
      `${na}.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchLabels (unknown)`,
      `${na}.requiredDuringSchedulingIgnoredDuringExecution.weight (unknown)`,
      `${na}.preferredDuringSchedulingIgnoredDuringExecution[0].preference.extra (unknown)`,
      `${na}.requiredDuringScheduling (unknown)`,
      'environment.affinity.podAffinity.required (unknown)',
      'environment.affinity.nodeAfinity (unknown)',
    ]);
  });

  it('lists keys of the security context sub-objects, and spellings the form does not read', () => {
    const text = source`
      environment:
        securityContext:
          RunAsUser: 1000
          run_as_group: 3000
          seLinuxOptions: {level: "s0:c1", category: c1}
          capabilities: {drop: [ALL], remove: [NET_RAW]}
          seccompProfile: {type: Localhost, localhost_profile: a.json}
          appArmorProfile: {type: RuntimeDefault, profile: x}
          windowsOptions: {hostProcess: false, runAsUser: x}
    `;
    const sc = 'environment.securityContext';
    expect(lines(text)).toEqual([
      `${sc}.RunAsUser (spelling)`,
      `${sc}.seLinuxOptions.category (unknown)`,
      `${sc}.capabilities.remove (unknown)`,
      // Below the first level a snake_case key is sent as written and dropped by Kubernetes.
      `${sc}.seccompProfile.localhost_profile (spelling)`,
      `${sc}.appArmorProfile.profile (unknown)`,
      `${sc}.windowsOptions.runAsUser (unknown)`,
    ]);
    expect(kept(text)[0]).toMatchObject({ field: 'runAsUser', value: 1000 });
  });

  it('lists nothing for resource names in the cleaner, but the claims the form has no control for', () => {
    const text = source`
      cleaner:
        resources:
          requests: {cpu: 100m, memory: 64Mi}
          limits:
            nvidia.com/gpu: 1
            memory: 1Gi
          claims: [{name: gpu}]
        hpa: {minReplicas: 1}
    `;
    expect(lines(text, 'cleaner')).toEqual(['cleaner.resources.claims (no-control)']);
    expect(lines('cleaner:\n  resources:\n    limits: {nvidia.com/gpu: 1}\n', 'cleaner')).toEqual([]);
  });

  it('lists top-level keys with the section path, and the first of two spellings the form does not show', () => {
    const text =
      'run:\n  environment:\n    colour: red\n    node_selector: {a: b}\n    nodeSelector: {c: d}\n';
    expect(lines(text, 'environment', ['run', 'environment'])).toEqual([
      'run.environment.colour (unknown)',
      'run.environment.node_selector (spelling)',
    ]);
    expect(lines('environment:\n  node_selector: {a: b}\n  host_pid: true\n')).toEqual([]);
  });

  it('leaves values of the wrong shape, templates, strings lists and labels to the form', () => {
    const text = source`
      environment:
        tolerations: {key: a, operator: Exists, oops: 1}
        hostAliases: ["10.0.0.1 db"]
        dnsConfig: "{{ dns }}"
        imagePullSecrets: [{name: regcred}]
        labels: {team: {name: x}}
        affinity: null
    `;
    expect(lines(text)).toEqual([]);
    expect(keptKeys('environment', view(['environment'], 'not a mapping'))).toEqual([]);
  });
});

describe('keptKeys follows the Zod schemas', () => {
  /** Every object schema of a section with a path to it (index 0 in lists, a sample key in records). */
  function objectPaths(schema: z.ZodType, prefix: Path = []): Path[] {
    const inner = unwrapOptional(schema);
    const out: Path[] = [];
    const shape = objectShape(inner);
    if (shape) {
      out.push(prefix);
      for (const [key, f] of Object.entries(shape)) out.push(...objectPaths(f, [...prefix, key]));
    }
    const element = arrayElement(inner);
    if (element) out.push(...objectPaths(element, [...prefix, 0]));
    const value = recordValue(inner);
    if (value) out.push(...objectPaths(value, [...prefix, 'example.com/any']));
    return out;
  }

  /** A section holding, at `path`, every field of the object schema there (as null) and one more key. */
  function sectionWith(path: Path, fields: readonly string[]): unknown {
    let value: unknown = Object.fromEntries([...fields.map((f) => [f, null]), ['notAField', 1]]);
    for (const seg of [...path].reverse()) value = typeof seg === 'number' ? [value] : { [seg]: value };
    return value;
  }

  it.each(['environment', 'cleaner'] as const)(
    'in %s, lists at every object of the schema the one key it lacks, and no field but claims',
    (kind) => {
      const paths = objectPaths(sectionSchema(kind));
      expect(paths.length).toBeGreaterThan(kind === 'environment' ? 20 : 10);
      for (const path of paths) {
        let schema: z.ZodType | undefined = sectionSchema(kind);
        for (const seg of path)
          schema =
            schema &&
            (typeof seg === 'number'
              ? arrayElement(schema)
              : (objectShape(schema)?.[seg] ?? recordValue(schema)));
        const fields = Object.keys((schema && objectShape(schema)) ?? {});
        const got = keptKeys(kind, view([kind], sectionWith(path, fields))).map((k) =>
          formatPath(k.path.slice(1)),
        );
        // resources.claims is the one field the form has no control for: it is kept whole.
        const claims = path.indexOf('claims');
        const want =
          claims > 0 && path[claims - 1] === 'resources'
            ? [formatPath(path.slice(0, claims + 1))]
            : [
                ...(path.at(-1) === 'resources' ? [formatPath([...path, 'claims'])] : []),
                formatPath([...path, 'notAField']),
              ];
        expect(got, formatPath(path)).toEqual(want);
      }
    },
  );
});

describe('otherKeys', () => {
  it('lists the spelling the form does not show when both are written', () => {
    const root = view(['environment'], { node_selector: {}, nodeSelector: {}, host_pid: true, colour: 1 });
    expect(otherKeys(root, ['nodeSelector', 'hostPID'])).toEqual(['node_selector', 'colour']);
  });
});
