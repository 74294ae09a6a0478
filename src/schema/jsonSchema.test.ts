import { describe, expect, it } from 'vitest';
import { documentJsonSchema, sectionJsonSchema, type JsonSchemaObject } from './jsonSchema';
import { fieldDoc } from './sectionDocs';

/** Follows property names and `items` through a JSON Schema. */
function at(schema: JsonSchemaObject, ...path: string[]): JsonSchemaObject {
  let cur: unknown = schema;
  for (const step of path) {
    const obj = cur as JsonSchemaObject;
    cur =
      step === '[]'
        ? obj['items']
        : step === '{}'
          ? obj['additionalProperties']
          : (obj['properties'] as JsonSchemaObject)[step];
    if (cur === undefined) throw new Error(`no ${step} in ${path.join('.')}`);
  }
  return cur as JsonSchemaObject;
}

describe('sectionJsonSchema', () => {
  const env = sectionJsonSchema('environment');
  it('is draft-7 with the section text at the root', () => {
    expect(env['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(env['title']).toBe('Environment');
    expect(Object.keys(env['properties'] as object)).toHaveLength(18);
  });
  it('carries descriptions and enums down to list items', () => {
    const operator = at(env, 'tolerations', '[]', 'operator');
    expect(operator['enum']).toEqual(['Equal', 'Exists']);
    expect(operator['description']).toMatch(/Exists/);
    expect(at(env, 'tolerations', '[]')['title']).toBe('Toleration');
    expect(at(env, 'restartPolicy')['enum']).toEqual(['Always', 'OnFailure', 'Never', 'ExitCode']);
    expect(at(env, 'labels', '{}')['type']).toBe('string');
  });
  it('keeps int32 ranges but not the safe-integer defaults, and allows snake_case keys', () => {
    expect(at(env, 'priority')).toMatchObject({ type: 'integer', minimum: -2147483648, maximum: 2147483647 });
    const seconds = at(env, 'tolerations', '[]', 'tolerationSeconds');
    expect(seconds['type']).toBe('integer');
    expect(seconds).not.toHaveProperty('minimum');
    expect(env).not.toHaveProperty('additionalProperties');
  });
  it('describes the cleaner, quantities included', () => {
    const cleaner = sectionJsonSchema('cleaner');
    expect(at(cleaner, 'imagePullPolicy')['enum']).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(at(cleaner, 'resources', 'limits', '{}')).toMatchObject({
      type: ['string', 'number'],
      title: 'Quantity',
    });
  });
  it('returns a copy that callers may change', () => {
    (sectionJsonSchema('environment')['properties'] as JsonSchemaObject)['labels'] = null;
    expect(at(sectionJsonSchema('environment'), 'labels')['title']).toBe('Labels');
  });
});

describe('documentation links in hovers', () => {
  const env = sectionJsonSchema('environment');
  it('follow the description in markdownDescription and keep description plain', () => {
    const tolerations = at(env, 'tolerations');
    expect(tolerations['description']).toBe(
      'A list of taints the pod tolerates, so it may run on nodes that carry them. Must be a list, even for one entry.',
    );
    expect(tolerations['markdownDescription']).toBe(
      `${tolerations['description'] as string}\n\n` +
        '[Polyaxon docs](https://polyaxon.com/docs/core/specification/environment/#tolerations) · ' +
        '[Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/taint-and-toleration/)',
    );
    expect(JSON.stringify(env)).not.toMatch(/"description":"[^"]*https:/);
  });
  it('escape Markdown in the description', () => {
    const secrets = at(env, 'imagePullSecrets')['markdownDescription'] as string;
    expect(secrets).toContain(String.raw`as plain strings (\["regcred"\], not \[\{name: regcred\}\]).`);
    expect(secrets).toContain(
      '(https://kubernetes.io/docs/concepts/containers/images/#specifying-imagepullsecrets-on-a-pod)',
    );
  });
  it('reach nested fields, list items and record values through their parents', () => {
    expect(at(env, 'tolerations', '[]', 'effect')['markdownDescription']).toMatch(
      /^The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute\. .*\n\n\[Polyaxon docs\]\(https:\/\/polyaxon\.com\/docs\/core\/specification\/environment\/#tolerations\)/,
    );
    expect(at(env, 'affinity', 'nodeAffinity')['markdownDescription']).toContain(
      '[Kubernetes docs](https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#node-affinity)',
    );
    expect(at(env, 'labels', '{}')['markdownDescription']).toContain('working-with-objects/labels/)');
    const cleaner = sectionJsonSchema('cleaner');
    expect(at(cleaner, 'resources', 'limits')['markdownDescription']).toContain(
      '[Polyaxon docs](https://polyaxon.com/docs/setup/auxiliaries/cleaner/#resources)',
    );
    expect(at(cleaner, 'hpa')['markdownDescription']).toContain('horizontal-pod-autoscale/)');
  });
  it('give the wrapped and the bare fields their own section pages', () => {
    const d = documentJsonSchema();
    expect(at(d, 'cleaner', 'tolerations')['markdownDescription']).toContain(
      'auxiliaries/cleaner/#tolerations',
    );
    expect(at(d, 'environment', 'tolerations')['markdownDescription']).toContain('environment/#tolerations');
    expect(at(d, 'imageTag')['markdownDescription']).toContain('auxiliaries/cleaner/#imagetag');
    expect(at(d, 'hostPID')['markdownDescription']).toContain('environment/#hostpid');
  });
});

describe('documentJsonSchema', () => {
  const docSchema = documentJsonSchema();
  it('has the wrappers and the bare fields of both sections', () => {
    expect(docSchema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(at(docSchema, 'environment')['title']).toBe('Environment');
    expect(at(docSchema, 'environment')).not.toHaveProperty('$schema');
    expect(at(docSchema, 'cleaner', 'imageTag')['type']).toBe('string');
    expect(at(docSchema, 'hostPID')['type']).toBe('boolean');
    expect(at(docSchema, 'image')['title']).toBe('Image');
    expect(at(docSchema, 'environment', 'dnsPolicy')['enum']).toEqual([
      'ClusterFirst',
      'ClusterFirstWithHostNet',
      'Default',
      'None',
    ]);
  });
});

describe('fieldDoc', () => {
  it('resolves list items and enum fields', () => {
    expect(fieldDoc('environment', ['tolerations', 0, 'effect'])).toMatchObject({ title: 'Effect' });
    expect(fieldDoc('environment', ['tolerations', 0])).toMatchObject({ title: 'Toleration' });
  });
  it('resolves deep affinity paths', () => {
    const doc = fieldDoc('environment', [
      'affinity',
      'nodeAffinity',
      'requiredDuringSchedulingIgnoredDuringExecution',
      'nodeSelectorTerms',
      0,
      'matchExpressions',
      0,
      'operator',
    ]);
    expect(doc?.title).toBe('Operator');
    expect(doc?.description).toMatch(/Gt/);
  });
  it('resolves any key of a record to its value', () => {
    expect(fieldDoc('environment', ['labels', 'anything'])).toMatchObject({ title: 'Label value' });
    expect(fieldDoc('environment', ['labels', 'example.com/team'])?.description).toMatch(/string/);
    expect(fieldDoc('cleaner', ['resources', 'requests', 'cpu'])).toMatchObject({ title: 'Quantity' });
  });
  it('gives the field text before the text of its type', () => {
    expect(fieldDoc('environment', ['securityContext'])?.description).toMatch(/applied to the pod/);
    expect(fieldDoc('environment', [])).toMatchObject({ title: 'Environment' });
  });
  it('accepts the snake_case name of a section field', () => {
    expect(fieldDoc('environment', ['node_selector'])).toEqual(fieldDoc('environment', ['nodeSelector']));
    expect(fieldDoc('environment', ['host_pid'])).toMatchObject({ title: 'Host PID' });
    expect(fieldDoc('cleaner', ['image_pull_policy'])).toMatchObject({ title: 'Image pull policy' });
  });
  it('is undefined off the schema', () => {
    expect(fieldDoc('environment', ['nodeselector'])).toBeUndefined();
    expect(fieldDoc('environment', ['tolerations', 'key'])).toBeUndefined();
    expect(fieldDoc('environment', ['affinity', 'node_affinity'])).toBeUndefined();
    expect(fieldDoc('cleaner', ['hostPID'])).toBeUndefined();
  });
});

describe('documentJsonSchema copies', () => {
  it('share no objects between the bare and the wrapped fields', () => {
    const d = documentJsonSchema();
    expect(at(d, 'labels')).toEqual(at(d, 'environment', 'labels'));
    expect(at(d, 'labels')).not.toBe(at(d, 'environment', 'labels'));
  });
});
