import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { sectionYaml } from './yaml';

const POLYAXONFILE = `version: 1.1
kind: component
run:
  kind: job
  # about the environment
  environment:   # pod settings
    # who owns it
    labels:
      team: vision   # the team
    nodeSelector: {gpu: "true"}

    tolerations:
      - key: nvidia.com/gpu
        operator: Exists
    # restartPolicy: Never
  # back at run level
  container:
    image: python
`;

describe('sectionYaml', () => {
  it('cuts a nested section with its wrapper key, keeping inner and trailing comments', () => {
    expect(sectionYaml(POLYAXONFILE, ['run', 'environment'], { wrapper: true })).toBe(
      `environment:   # pod settings
  # who owns it
  labels:
    team: vision   # the team
  nodeSelector: {gpu: "true"}

  tolerations:
    - key: nvidia.com/gpu
      operator: Exists
  # restartPolicy: Never
`,
    );
  });

  it('cuts the value alone, with the comments between key and value', () => {
    expect(sectionYaml(POLYAXONFILE, ['run', 'environment'], { wrapper: false })).toBe(
      `# who owns it
labels:
  team: vision   # the team
nodeSelector: {gpu: "true"}

tolerations:
  - key: nvidia.com/gpu
    operator: Exists
# restartPolicy: Never
`,
    );
  });

  it('returns a bare document whole, with its leading comments', () => {
    const text = '# cleaner settings\nimage: polyaxon/polyaxon-init\nimageTag: "2.4"  # pinned\n# end\n';
    expect(sectionYaml(text, [], { wrapper: false })).toBe(text);
  });

  it('picks the document', () => {
    const text = 'environment:\n  nodeName: a\n---\n# second\ncleaner:\n  image: b\n...\n';
    expect(sectionYaml(text, ['cleaner'], { wrapper: true, doc: 1 })).toBe('cleaner:\n  image: b\n');
    expect(sectionYaml(text, [], { wrapper: false, doc: 1 })).toBe('# second\ncleaner:\n  image: b\n');
    expect(sectionYaml(text, ['environment'], { wrapper: false })).toBe('nodeName: a\n');
    expect(sectionYaml(text, ['cleaner'], { wrapper: true })).toBeNull();
    expect(sectionYaml(text, [], { wrapper: false, doc: 2 })).toBeNull();
  });

  it('handles flow values on the key line and inside flow collections', () => {
    expect(
      sectionYaml('environment: {nodeName: a,\n  priority: 1}  # note\nx: 1\n', ['environment'], {
        wrapper: false,
      }),
    ).toBe('{nodeName: a,\npriority: 1}  # note\n');
    expect(
      sectionYaml('run: {environment: {nodeName: a}, x: 2}\n', ['run', 'environment'], { wrapper: true }),
    ).toBe('environment: {nodeName: a}\n');
    expect(sectionYaml('environment: "{{ env }}"\n', ['environment'], { wrapper: false })).toBe(
      '"{{ env }}"\n',
    );
  });

  it('de-indents a section inside a list item', () => {
    const text =
      'operations:\n  - name: a\n    environment:\n      nodeName: n\n      priority: 1\n  - name: b\n';
    expect(sectionYaml(text, ['operations', 0, 'environment'], { wrapper: true })).toBe(
      'environment:\n  nodeName: n\n  priority: 1\n',
    );
    expect(sectionYaml(text, ['operations', 1], { wrapper: true })).toBe('name: b\n');
  });

  it('keeps CRLF line ends and a trailing keep-scalar', () => {
    expect(
      sectionYaml('cleaner:\r\n  image: x\r\n  imageTag: y\r\nz: 1\r\n', ['cleaner'], { wrapper: true }),
    ).toBe('cleaner:\r\n  image: x\r\n  imageTag: y\r\n');
    const keep = 'environment:\n  annotations:\n    note: |+\n      text\n\n\nother: 1\n';
    const cut = sectionYaml(keep, ['environment'], { wrapper: false });
    expect(cut).toBe('annotations:\n  note: |+\n    text\n\n\n');
    expect(parse(cut ?? '')).toEqual({ annotations: { note: 'text\n\n\n' } });
  });

  it('handles empty values and missing paths', () => {
    const text = 'environment:   # todo\n  # nothing yet\ncleaner: 1\n';
    expect(sectionYaml(text, ['environment'], { wrapper: true })).toBe(
      'environment:   # todo\n  # nothing yet\n',
    );
    expect(sectionYaml(text, ['environment'], { wrapper: false })).toBe('');
    expect(sectionYaml(text, ['nope'], { wrapper: true })).toBeNull();
    expect(sectionYaml(text, ['environment', 'labels'], { wrapper: true })).toBeNull();
    expect(sectionYaml(text, [0], { wrapper: true })).toBeNull();
    expect(sectionYaml('', [], { wrapper: false })).toBeNull();
  });

  it('gives text that reads back as the same value, for any layout yaml.stringify makes', () => {
    const value = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), {
      minKeys: 1,
      maxKeys: 5,
    });
    const layout = fc.record({
      indent: fc.integer({ min: 1, max: 4 }),
      indentSeq: fc.boolean(),
      // 'block' writes empty collections on their own line, which PyYAML rejects.
      collectionStyle: fc.constantFrom('any', 'flow'),
    } as const);
    fc.assert(
      fc.property(value, value, layout, (section, other, options) => {
        const text = stringify(
          { before: other, run: { kind: 'job', environment: section }, after: other },
          options,
        );
        const bare = sectionYaml(text, ['run', 'environment'], { wrapper: false });
        const wrapped = sectionYaml(text, ['run', 'environment'], { wrapper: true });
        expect(parse(bare ?? '')).toEqual(parse(text).run.environment);
        expect(parse(wrapped ?? '')).toEqual({ environment: parse(text).run.environment });
      }),
      { numRuns: 300 },
    );
  });
});
