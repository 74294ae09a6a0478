import { describe, expect, it } from 'vitest';
import { applySplices } from '../edit/compose';
import { checkText } from '../judge/check';
import { source } from '../testing/source';
import { applyPreset, type PresetTarget } from './applyPreset';
import { PRESETS, presetsFor, type Preset } from './catalogue';

const ENV: PresetTarget = { doc: 0, path: ['environment'], kind: 'environment' };
const CLEANER: PresetTarget = { doc: 0, path: ['cleaner'], kind: 'cleaner' };
const RUN_ENV: PresetTarget = { doc: 0, path: ['run', 'environment'], kind: 'environment' };

function targetFor(preset: Preset): PresetTarget {
  return preset.kind === 'cleaner' ? CLEANER : ENV;
}

/** Applies a preset, expects success, and checks that the splices give the same text. */
function apply(text: string, target: PresetTarget, id: string): { text: string; notes: readonly string[] } {
  const { result, notes } = applyPreset(text, target, id);
  if (!result.ok) throw new Error(`${id}: ${result.error}`);
  expect(applySplices(text, result.splices)).toBe(result.text);
  return { text: result.text, notes };
}

function errorsOf(text: string): string[] {
  return checkText(text)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => `${i.code} ${i.message}`);
}

function warningsOf(text: string, policy: 'none' | 'restricted' = 'none'): string[] {
  return checkText(text, { policy })
    .issues.filter((i) => i.severity === 'warning')
    .map((i) => i.code);
}

/** Each preset's block as YAML under its section, indented by two. */
const ON_EMPTY: Record<string, string> = {
  'gpu-node-pool': source`
    environment:
      nodeSelector:
        nvidia.com/gpu.present: "true"
      tolerations:
        - key: nvidia.com/gpu
          operator: Exists
          effect: NoSchedule
  `,
  'spot-gke': source`
    environment:
      nodeSelector:
        cloud.google.com/gke-spot: "true"
      tolerations:
        - key: cloud.google.com/gke-spot
          operator: Equal
          value: "true"
          effect: NoSchedule
  `,
  'spot-aks': source`
    environment:
      nodeSelector:
        kubernetes.azure.com/scalesetpriority: spot
      tolerations:
        - key: kubernetes.azure.com/scalesetpriority
          operator: Equal
          value: spot
          effect: NoSchedule
  `,
  'spot-eks': source`
    environment:
      nodeSelector:
        eks.amazonaws.com/capacityType: SPOT
  `,
  'dedicated-nodes': source`
    environment:
      nodeSelector:
        dedicated: my-team
      tolerations:
        - key: dedicated
          operator: Equal
          value: my-team
          effect: NoSchedule
  `,
  'spread-nodes': source`
    environment:
      labels:
        app: my-app
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                labelSelector:
                  matchLabels:
                    app: my-app
                topologyKey: kubernetes.io/hostname
  `,
  'spread-zones': source`
    environment:
      labels:
        app: my-app
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                labelSelector:
                  matchLabels:
                    app: my-app
                topologyKey: topology.kubernetes.io/zone
  `,
  'colocate-service': source`
    environment:
      affinity:
        podAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                labelSelector:
                  matchLabels:
                    app: my-service
                topologyKey: kubernetes.io/hostname
  `,
  'non-root-restricted': source`
    environment:
      securityContext:
        runAsNonRoot: true
        runAsUser: 1000
        runAsGroup: 1000
        seccompProfile:
          type: RuntimeDefault
  `,
  'custom-dns': source`
    environment:
      dnsPolicy: None
      dnsConfig:
        nameservers:
          - 192.0.2.53
        searches:
          - my-namespace.svc.cluster.local
          - svc.cluster.local
          - cluster.local
        options:
          - name: ndots
            value: "2"
  `,
  'private-registry': source`
    environment:
      imagePullSecrets:
        - my-registry-secret
  `,
  'cleaner-small': source`
    cleaner:
      resources:
        requests:
          cpu: 50m
          memory: 64Mi
        limits:
          cpu: 250m
          memory: 256Mi
  `,
  'cleaner-system-nodes': source`
    cleaner:
      nodeSelector:
        kubernetes.azure.com/mode: system
      tolerations:
        - key: CriticalAddonsOnly
          operator: Exists
  `,
};

describe('every preset on an empty document', () => {
  it('has an expected block for each preset', () => {
    expect(Object.keys(ON_EMPTY).sort()).toEqual(PRESETS.map((p) => p.id).sort());
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))('%s writes its block under a new section', (id, p) => {
    const done = apply('', targetFor(p), id);
    expect(done.text).toBe(ON_EMPTY[id]);
    expect(done.notes).toEqual([]);
    expect(errorsOf(done.text)).toEqual([]);
    // No warning without a policy profile.
    expect(warningsOf(done.text)).toEqual([]);
  });

  it('leaves, under the restricted profile, only the container-level warning (unavoidable in this section)', () => {
    // allowPrivilegeEscalation and capabilities are container fields that
    // environment.securityContext cannot carry: Polyaxon applies it to the pod.
    const done = apply('', ENV, 'non-root-restricted');
    expect(warningsOf(done.text, 'restricted')).toEqual(['pss-restricted-container-level']);
    // Without the preset the pod-level requirements are reported too.
    expect(warningsOf('environment:\n  nodeName: node-1\n', 'restricted')).toEqual([
      'pss-restricted-container-level',
      'pss-run-as-non-root',
      'pss-seccomp-required',
    ]);
  });

  it('writes a bare section at the document root when the target path is empty', () => {
    const done = apply('', { doc: 0, path: [], kind: 'environment' }, 'private-registry');
    expect(done.text).toBe('imagePullSecrets:\n  - my-registry-secret\n');
    expect(errorsOf(done.text)).toEqual([]);
  });
});

describe('a bare environment: with other fields', () => {
  const text = source`
    environment:
      nodeName: node-1
      schedulerName: default-scheduler
  `;
  it.each(presetsFor('environment').map((p) => [p.id] as const))('%s adds its block after them', (id) => {
    const done = apply(text, ENV, id);
    expect(done.notes).toEqual([]);
    const added = (ON_EMPTY[id] ?? '').replace('environment:\n', '');
    expect(done.text).toBe(text + added);
    expect(errorsOf(done.text)).toEqual([]);
  });

  it('fills an empty environment: key', () => {
    const done = apply('environment: # tuned later\nversion: 1.1\n', ENV, 'spot-eks');
    expect(done.text).toBe(
      'environment: # tuned later\n  nodeSelector:\n    eks.amazonaws.com/capacityType: SPOT\nversion: 1.1\n',
    );
  });
});

describe('a full commented document that has some of the keys', () => {
  const full = source`
    # Training run
    version: 1.1
    kind: component
    run:
      kind: job
      environment:
        # where it runs
        nodeSelector:
          nvidia.com/gpu.present: "false" # pinned by ops
          disktype: ssd
        tolerations:
          - key: nvidia.com/gpu # already tolerated
            operator: Exists
            effect: NoSchedule
        dnsPolicy: ClusterFirst
        imagePullSecrets: [registry-a]   # flow style stays
        labels: {app: trainer}
        securityContext:
          runAsUser: 2000 # team uid

      container:
        image: busybox # the image
  `;

  it('adds the missing node selector key and toleration, keeping every other byte', () => {
    const done = apply(full, RUN_ENV, 'spot-gke');
    expect(done.notes).toEqual([]);
    expect(done.text).toBe(
      full
        .replace('disktype: ssd\n', 'disktype: ssd\n      cloud.google.com/gke-spot: "true"\n')
        .replace(
          '        effect: NoSchedule\n',
          '        effect: NoSchedule\n' +
            '      - key: cloud.google.com/gke-spot\n' +
            '        operator: Equal\n' +
            '        value: "true"\n' +
            '        effect: NoSchedule\n',
        ),
    );
  });

  it('appends to a flow list in its own style', () => {
    const done = apply(full, RUN_ENV, 'private-registry');
    expect(done.text).toBe(full.replace('[registry-a]', '[registry-a, my-registry-secret]'));
  });

  it('keeps a node selector value that differs, and an equal toleration is not added twice', () => {
    const done = apply(full, RUN_ENV, 'gpu-node-pool');
    expect(done.text).toBe(full);
    expect(done.notes).toEqual([
      'kept your nodeSelector["nvidia.com/gpu.present"]: false (the preset has true)',
      'nothing was added',
    ]);
  });

  it('keeps dnsPolicy and still adds dnsConfig', () => {
    const done = apply(full, RUN_ENV, 'custom-dns');
    expect(done.notes).toEqual(['kept your dnsPolicy: ClusterFirst (the preset has None)']);
    expect(done.text).toContain('    dnsPolicy: ClusterFirst\n');
    expect(done.text).toContain(
      '    runAsUser: 2000 # team uid\n' +
        '    dnsConfig:\n' +
        '      nameservers:\n' +
        '        - 192.0.2.53\n',
    );
    expect(errorsOf(done.text)).toEqual([]);
  });

  it('keeps runAsUser and adds the other hardening fields', () => {
    const done = apply(full, RUN_ENV, 'non-root-restricted');
    expect(done.notes).toEqual(['kept your securityContext.runAsUser: 2000 (the preset has 1000)']);
    expect(done.text).toBe(
      full.replace(
        '      runAsUser: 2000 # team uid\n',
        '      runAsUser: 2000 # team uid\n' +
          '      runAsNonRoot: true\n' +
          '      runAsGroup: 1000\n' +
          '      seccompProfile:\n' +
          '        type: RuntimeDefault\n',
      ),
    );
  });

  it('keeps the pod label and adds the anti-affinity', () => {
    const done = apply(full, RUN_ENV, 'spread-zones');
    expect(done.notes).toEqual(['kept your labels.app: trainer (the preset has my-app)']);
    expect(done.text).toContain('labels: {app: trainer}\n');
    expect(done.text).toContain('topologyKey: topology.kubernetes.io/zone\n');
  });

  it.each(presetsFor('environment').map((p) => [p.id] as const))(
    '%s keeps every original line, in order, and adds no error',
    (id) => {
      const done = apply(full, RUN_ENV, id);
      const lines = done.text.split('\n');
      let at = 0;
      // The flow list's line gets the new secret (checked exactly above).
      const kept = id === 'private-registry' ? full.replace(/.*imagePullSecrets.*\n/, '') : full;
      for (const line of kept.split('\n')) {
        at = lines.indexOf(line, at);
        expect(at, `line ${JSON.stringify(line)} kept`).toBeGreaterThanOrEqual(0);
        at++;
      }
      expect(errorsOf(done.text)).toEqual([]);
    },
  );
});

describe('idempotence', () => {
  const texts = ['', 'environment:\n  nodeName: n\n', 'cleaner:\n  image: polyaxon/polyaxon-init\n'];
  it.each(PRESETS.map((p) => [p.id, p] as const))('%s changes nothing the second time', (id, p) => {
    for (const text of texts) {
      if (text.startsWith('cleaner') !== (p.kind === 'cleaner') && text !== '') continue;
      const once = apply(text, targetFor(p), id);
      const { result, notes } = applyPreset(once.text, targetFor(p), id);
      expect(result).toEqual({ ok: true, text: once.text, splices: [] });
      expect(notes).toEqual([`nothing to add: everything "${p.title}" adds is already there`]);
    }
  });
});

describe('cleaner presets on a cleaner section', () => {
  const helm = source`
    # Helm values
    cleaner:
      image: polyaxon/polyaxon-init # pinned
      resources:
        requests:
          memory: 100Mi
    ui:
      enabled: true
  `;

  it('adds what is missing to the resources, keeping the request that is set', () => {
    const done = apply(helm, CLEANER, 'cleaner-small');
    expect(done.notes).toEqual(['kept your resources.requests.memory: 100Mi (the preset has 64Mi)']);
    expect(done.text).toBe(
      helm.replace(
        '      memory: 100Mi\n',
        '      memory: 100Mi\n' +
          '      cpu: 50m\n' +
          '    limits:\n' +
          '      cpu: 250m\n' +
          '      memory: 256Mi\n',
      ),
    );
    expect(errorsOf(done.text)).toEqual([]);
  });

  it('adds the system node selector and toleration', () => {
    const done = apply(helm, CLEANER, 'cleaner-system-nodes');
    expect(done.notes).toEqual([]);
    expect(done.text).toContain(
      '  image: polyaxon/polyaxon-init # pinned\n' +
        '  resources:\n' +
        '    requests:\n' +
        '      memory: 100Mi\n' +
        '  nodeSelector:\n' +
        '    kubernetes.azure.com/mode: system\n' +
        '  tolerations:\n' +
        '    - key: CriticalAddonsOnly\n' +
        '      operator: Exists\n' +
        'ui:\n',
    );
    expect(errorsOf(done.text)).toEqual([]);
  });

  it('notes an error the merge leaves (a request above the limit the user set)', () => {
    const text = 'cleaner:\n  resources:\n    limits:\n      memory: 32Mi\n';
    const done = apply(text, CLEANER, 'cleaner-small');
    expect(done.notes).toHaveLength(2);
    expect(done.notes[0]).toBe('kept your resources.limits.memory: 32Mi (the preset has 256Mi)');
    expect(done.notes[1]).toMatch(/^now an error at resources\.requests\.memory: /);
  });
});

describe('other documents and refusals', () => {
  it('edits the targeted document of a multi-document file only', () => {
    const text = 'environment:\n  nodeName: a\n---\nenvironment:\n  nodeName: b\n';
    const done = apply(text, { ...ENV, doc: 1 }, 'spot-eks');
    expect(done.text).toBe(
      'environment:\n  nodeName: a\n---\nenvironment:\n  nodeName: b\n  nodeSelector:\n' +
        '    eks.amazonaws.com/capacityType: SPOT\n',
    );
  });

  it('does not push the nameservers over three', () => {
    const text = 'environment:\n  dnsConfig:\n    nameservers: [10.0.0.1, 10.0.0.2, 10.0.0.3]\n';
    const done = apply(text, ENV, 'custom-dns');
    expect(done.notes).toEqual([
      'did not add 192.0.2.53 to dnsConfig.nameservers: it already has 3, the most Kubernetes allows',
    ]);
    expect(errorsOf(done.text)).toEqual([]);
  });

  it('refuses unknown presets, the wrong section kind and text that does not parse', () => {
    expect(applyPreset('', ENV, 'nope')).toEqual({
      result: { ok: false, error: 'There is no preset "nope"' },
      notes: [],
    });
    expect(applyPreset('', ENV, 'cleaner-small').result).toEqual({
      ok: false,
      error: '"Small footprint" is for cleaner sections, and this is a environment section',
    });
    const broken = applyPreset('environment: [\n', ENV, 'spot-eks').result;
    expect(broken.ok).toBe(false);
    const notMap = applyPreset('environment: [a]\n', ENV, 'spot-eks').result;
    expect(notMap).toMatchObject({ ok: false, error: expect.stringMatching(/not a mapping/) as unknown });
  });
});
