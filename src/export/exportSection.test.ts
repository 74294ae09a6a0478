import { describe, expect, it } from 'vitest';
import { exportSection } from './exportSection';

const BROKEN = `run:
  environment:
    nodeName: gpu-1   # pinned
    tolerations:
      - effect: sometimes
`;

const TWO_DOCS = `environment:
  nodeName: first
---
environment:
  nodeName: second
`;

describe('exportSection', () => {
  it('refuses a section with errors by default, listing them', () => {
    const result = exportSection(BROKEN, { to: 'json' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe('run.environment has errors; fix them first');
    expect(result.issues.map((i) => i.code)).toEqual(['toleration-empty-key-needs-exists', 'invalid-enum']);
  });

  it('exports a readable section with errors under allowErrors, returning the errors', () => {
    const json = exportSection(BROKEN, { to: 'json', allowErrors: true });
    expect(json.ok).toBe(true);
    if (!json.ok) return;
    expect(JSON.parse(json.text)).toEqual({ nodeName: 'gpu-1', tolerations: [{ effect: 'sometimes' }] });
    expect(json.issues.map((i) => [i.code, i.path])).toEqual([
      ['toleration-empty-key-needs-exists', ['run', 'environment', 'tolerations', 0, 'operator']],
      ['invalid-enum', ['run', 'environment', 'tolerations', 0, 'effect']],
    ]);

    const yaml = exportSection(BROKEN, { to: 'yaml', wrapper: false, allowErrors: true });
    expect(yaml.ok && yaml.text).toBe('nodeName: gpu-1   # pinned\ntolerations:\n  - effect: sometimes\n');

    const python = exportSection(BROKEN, { to: 'python', allowErrors: true });
    expect(python.ok && python.text).toContain('V1Environment(');
    expect(python.ok && python.issues).toHaveLength(2);
  });

  it('returns no issues for a clean section, with or without allowErrors', () => {
    const text = 'environment:\n  nodeName: a\n';
    for (const allowErrors of [false, true]) {
      const result = exportSection(text, { to: 'json', allowErrors });
      expect(result.ok && result.issues).toEqual([]);
    }
  });

  it('still refuses, with the reason, a section that cannot be read', () => {
    const list = exportSection('environment: [a, b]\n', { to: 'json', allowErrors: true });
    expect(list).toMatchObject({
      ok: false,
      error: 'environment cannot be read: line 1: environment must be a mapping of fields, not a list',
    });
    const syntax = exportSection('environment:\n  nodeName: [a\n', { to: 'yaml', allowErrors: true });
    expect(syntax.ok).toBe(false);
    if (syntax.ok) return;
    expect(syntax.error).toMatch(/^environment cannot be read: line \d+: /);
    expect(syntax.issues.map((i) => i.code)).toContain('yaml-syntax');
  });

  it('picks the section of the given document in a multi-document text', () => {
    const second = exportSection(TWO_DOCS, { to: 'json', section: 'environment', doc: 1 });
    expect(second.ok && JSON.parse(second.text)).toEqual({ nodeName: 'second' });
    const first = exportSection(TWO_DOCS, { to: 'json', section: 'environment' });
    expect(first.ok && JSON.parse(first.text)).toEqual({ nodeName: 'first' });
    expect(exportSection(TWO_DOCS, { to: 'json', doc: 2 }).ok).toBe(false);
  });
});
