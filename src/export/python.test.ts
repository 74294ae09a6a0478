import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPython, readCalls } from './externalTools';
import { sectionValue } from './pyArbitraries';
import { formatPythonCall, pythonKeyword, sectionKeys, toPython } from './python';

describe('toPython', () => {
  it('writes a short section on one line', () => {
    expect(toPython('environment', { labels: { team: 'vision' } })).toBe(
      'from polyaxon.schemas import V1Environment\n\nenvironment = V1Environment(labels={"team": "vision"})\n',
    );
  });

  it('writes an empty section as an empty call', () => {
    expect(toPython('environment', {})).toBe(
      'from polyaxon.schemas import V1Environment\n\nenvironment = V1Environment()\n',
    );
    expect(toPython('cleaner', {})).toBe(
      'from polyaxon.schemas import V1PolyaxonCleaner\n\ncleaner = V1PolyaxonCleaner()\n',
    );
  });

  it('uses the Python field names and keeps nested camelCase keys', () => {
    const text = toPython('environment', {
      labels: { team: 'vision' },
      nodeSelector: { gpu: 'true' },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
      hostPID: false,
      imagePullSecrets: ['regcred'],
      securityContext: { runAsUser: 1000 },
    });
    expect(text).toBe(
      [
        'from polyaxon.schemas import V1Environment',
        '',
        'environment = V1Environment(',
        '    labels={"team": "vision"},',
        '    node_selector={"gpu": "true"},',
        '    tolerations=[',
        '        {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"}',
        '    ],',
        '    host_pid=False,',
        '    image_pull_secrets=["regcred"],',
        '    security_context={"runAsUser": 1000},',
        ')',
        '',
      ].join('\n'),
    );
  });

  it('keeps arguments on one indented line when they fit there', () => {
    const text = toPython('environment', {
      nodeName: 'kube-node-01',
      serviceAccountName: 'robot',
      dnsPolicy: 'None',
    });
    expect(text.split('\n').slice(2)).toEqual([
      'environment = V1Environment(',
      '    node_name="kube-node-01", service_account_name="robot", dns_policy="None"',
      ')',
      '',
    ]);
  });

  it('explodes nested literals that do not fit, one item per line with trailing commas', () => {
    const text = toPython('cleaner', {
      image: 'polyaxon/polyaxon-init',
      resources: {
        requests: { cpu: '50m', memory: '64Mi' },
        limits: { cpu: '500m', memory: '1000Mi', 'nvidia.com/gpu': '1' },
      },
    });
    expect(text.split('\n').slice(2)).toEqual([
      'cleaner = V1PolyaxonCleaner(',
      '    image="polyaxon/polyaxon-init",',
      '    resources={',
      '        "requests": {"cpu": "50m", "memory": "64Mi"},',
      '        "limits": {"cpu": "500m", "memory": "1000Mi", "nvidia.com/gpu": "1"},',
      '    },',
      ')',
      '',
    ]);
  });

  it('splits a lone argument at its bracket without a trailing comma after it', () => {
    const text = toPython('environment', {
      affinity: {
        nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } },
      },
    });
    expect(text.split('\n').slice(2)).toEqual([
      'environment = V1Environment(',
      '    affinity={',
      '        "nodeAffinity": {',
      '            "requiredDuringSchedulingIgnoredDuringExecution": {"nodeSelectorTerms": []}',
      '        }',
      '    }',
      ')',
      '',
    ]);
  });

  it('writes None, booleans, numbers and escaped strings', () => {
    const text = toPython('environment', {
      priority: -3,
      hostNetwork: true,
      nodeName: null,
      labels: { q: 'a "b"\n' },
    });
    expect(text).toContain('priority=-3, host_network=True, node_name=None, labels={"q": \'a "b"\\n\'}');
  });

  it('names keys that are not fields in a comment and leaves them out', () => {
    const text = toPython('cleaner', { image: 'x', cpu: '1', 'bad\nkey': 2 });
    expect(text).toBe(
      'from polyaxon.schemas import V1PolyaxonCleaner\n\n# Left out, not fields of V1PolyaxonCleaner: "cpu", "bad\\nkey"\ncleaner = V1PolyaxonCleaner(image="x")\n',
    );
  });
});

describe('pythonKeyword', () => {
  it('maps the aliases explicitly and accepts the field names', () => {
    expect(pythonKeyword('environment', 'hostPID')).toBe('host_pid');
    expect(pythonKeyword('environment', 'host_pid')).toBe('host_pid');
    expect(pythonKeyword('environment', 'imagePullSecrets')).toBe('image_pull_secrets');
    expect(pythonKeyword('environment', 'hostPid')).toBeNull();
    expect(pythonKeyword('environment', 'image')).toBeNull();
    expect(pythonKeyword('cleaner', 'imageTag')).toBe('image_tag');
    expect(pythonKeyword('cleaner', 'hostPID')).toBeNull();
    expect(sectionKeys('environment')).toHaveLength(18);
    expect(sectionKeys('cleaner')).toHaveLength(9);
  });
});

describe('formatPythonCall', () => {
  it('honours the line length', () => {
    expect(formatPythonCall('x', 'f', [['a', [1, 2]]], 14)).toEqual(['x = f(', '    a=[1, 2]', ')']);
    expect(formatPythonCall('x', 'f', [['a', [1, 2]]], 15)).toEqual(['x = f(a=[1, 2])']);
  });
});

/** JSON round trip: what python's json.dump of the literal_eval result reads back as. */
const viaJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

describe.skipIf(!hasPython)('snippets are valid Python that rebuilds the value', () => {
  it('parses hostile strings and non-finite numbers', () => {
    const hostile = [
      '"""',
      "'''",
      '\\',
      '\\"',
      '"\'',
      'a\nb',
      '\r\n',
      '\0',
      '\u2028',
      '\ud800',
      '😀',
      'x\'\'\'y"""z',
    ];
    const snippets = [
      toPython('environment', {
        labels: Object.fromEntries(hostile.map((s, i) => [s, hostile[hostile.length - 1 - i]])),
      }),
      toPython('environment', {
        affinity: { w: [NaN, Infinity, -Infinity] },
        annotations: { [hostile.join('')]: 'x'.repeat(100) },
      }),
    ];
    const calls = readCalls(snippets);
    expect(calls[0]).toEqual({
      ok: true,
      kw: [['labels', Object.fromEntries(hostile.map((s, i) => [s, hostile[hostile.length - 1 - i]]))]],
    });
    expect(calls[1]).toMatchObject({
      ok: true,
      kw: [
        ['affinity', null],
        ['annotations', { [hostile.join('')]: 'x'.repeat(100) }],
      ],
    });
  });

  it.each(['environment', 'cleaner'] as const)(
    'random %s sections: literal_eval of each keyword equals the input',
    (kind) => {
      const values = fc.sample(sectionValue(kind), { seed: 11, numRuns: 400 });
      const calls = readCalls(values.map((v) => toPython(kind, v)));
      values.forEach((value, i) => {
        const want = Object.entries(value).map(([key, item]) => [pythonKeyword(kind, key), viaJson(item)]);
        expect(calls[i], JSON.stringify(value)).toEqual({ ok: true, kw: want });
      });
    },
  );
});
