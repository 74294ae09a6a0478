import { describe, expect, it } from 'vitest';
import { source } from '../../testing/source';
import { applyFix, offered } from '../testing';

describe('YAML 1.1 traps', () => {
  it.each([
    ['yaml11-bool', 'enabled: yes', 'enabled: "yes"'],
    ['yaml11-number', 'version: 1.10', 'version: "1.10"'],
    ['yaml11-number', 'mode: 0777', 'mode: "0777"'],
    ['yaml11-number', 'at: 12:30', 'at: "12:30"'],
    ['yaml11-timestamp', 'day: 2024-01-01', 'day: "2024-01-01"'],
  ])('%s: quotes a label value (%s)', (code, before, after) => {
    const text = `environment:\n  # team labels\n  labels:\n    ${before} # note\n`;
    const fixed = applyFix(text, code);
    expect(fixed).toMatchObject({ safe: true, again: [] });
    expect(fixed.text).toBe(`environment:\n  # team labels\n  labels:\n    ${after} # note\n`);
  });
  it('quotes keys, which have no path an edit can name', () => {
    const text = 'environment:\n  nodeSelector:\n    on: x\n    1.10: y\n';
    const first = applyFix(text, 'yaml11-bool');
    expect(first).toMatchObject({ titles: ['Quote as "on"'], again: [] });
    expect(first.text).toBe('environment:\n  nodeSelector:\n    "on": x\n    1.10: y\n');
    const second = applyFix(first.text, 'yaml11-number');
    expect(second).toMatchObject({
      text: 'environment:\n  nodeSelector:\n    "on": x\n    "1.10": y\n',
      again: [],
    });
  });
  it('follows the quote style of the document', () => {
    const text = "environment:\n  labels:\n    team: 'vision'\n    enabled: yes\n";
    expect(applyFix(text, 'yaml11-bool').text).toBe(
      "environment:\n  labels:\n    team: 'vision'\n    enabled: 'yes'\n",
    );
  });
  it('quotes inside flow mappings', () => {
    const text = 'environment:\n  labels: {v: 1.10, team: x}\n';
    expect(applyFix(text, 'yaml11-number')).toMatchObject({
      text: 'environment:\n  labels: {v: "1.10", team: x}\n',
      again: [],
    });
  });
});

describe('non-strings where a string is meant', () => {
  it('quotes label, annotation and node selector values that Polyaxon converts', () => {
    const text = source`
      environment:
        labels:
          tier: 1
        annotations:
          gpu: true
    `;
    const fixed = applyFix(text, 'coerced-value');
    expect(fixed).toMatchObject({ safe: true, titles: ['Quote as "1"'], again: [] });
    expect(fixed.text).toBe(text.replace('tier: 1', 'tier: "1"'));
  });
  it('quotes a strict cleaner node selector value and a number name', () => {
    expect(applyFix('cleaner:\n  nodeSelector:\n    gpu: true\n', 'type-mismatch')).toMatchObject({
      text: 'cleaner:\n  nodeSelector:\n    gpu: "true"\n',
      again: [],
    });
    expect(applyFix('environment:\n  nodeName: 12\n', 'type-mismatch').text).toBe(
      'environment:\n  nodeName: "12"\n',
    );
  });
  it('quotes a key that is a number or a boolean', () => {
    const text = 'environment:\n  labels:\n    true: x\n';
    expect(applyFix(text, 'key-not-string')).toMatchObject({
      text: 'environment:\n  labels:\n    "true": x\n',
      again: [],
    });
  });
  it('offers nothing where quotes would not help (a string where a mapping is expected)', () => {
    expect(offered('environment:\n  nodeSelector: npu2\n', 'type-mismatch')).toEqual([]);
  });
  it('offers nothing for a value that is not a scalar', () => {
    expect(offered('environment:\n  labels:\n    a: [1]\n', 'coerced-value')).toEqual([]);
  });
});
