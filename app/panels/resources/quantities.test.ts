import { describe, expect, it } from 'vitest';
import { applyEdits, form } from '../../../src/index';
import { quantityHint, quantityValue, removeResourceEdits, resourceRows } from './quantities';

describe('quantityHint', () => {
  it('gives CPUs and bytes', () => {
    expect(quantityHint('cpu', '500m')).toBe('= 0.5 CPU');
    expect(quantityHint('cpu', 2)).toBe('= 2 CPU');
    expect(quantityHint('memory', '512Mi')).toBe('= 512 MiB');
    expect(quantityHint('memory', '1G')).toBe('≈ 953.674 MiB');
    expect(quantityHint('ephemeral-storage', '2Gi')).toBe('= 2 GiB');
    expect(quantityHint('memory', '100')).toBe('= 100 bytes');
    expect(quantityHint('hugepages-2Mi', '4Mi')).toBe('= 4 MiB');
  });
  it('says nothing for bad, empty or self-explaining values', () => {
    expect(quantityHint('memory', '512MB')).toBeNull();
    expect(quantityHint('cpu', '')).toBeNull();
    expect(quantityHint('cpu', 0.5)).toBeNull();
    expect(quantityHint('nvidia.com/gpu', '1')).toBeNull();
    expect(quantityHint('nvidia.com/gpu', '1e1')).toBe('= 10');
  });
});

describe('quantityValue', () => {
  it('keeps numbers where the document has numbers', () => {
    expect(quantityValue('2', 1)).toBe(2);
    expect(quantityValue('2', '1')).toBe('2');
    expect(quantityValue('500m', 1)).toBe('500m');
    expect(quantityValue(' 64Mi ', undefined)).toBe('64Mi');
  });
});

const view = (value: unknown) => form.view(['cleaner'], value);

describe('resourceRows', () => {
  it('lists the standard resources, then the written ones, then the added ones', () => {
    const root = view({
      resources: { limits: { 'nvidia.com/gpu': 1, memory: '1Gi' }, requests: { 'x.io/y': 1 } },
    });
    expect(resourceRows(form.field(root, 'resources'), ['nvidia.com/gpu', 'hugepages-2Mi'])).toEqual([
      'cpu',
      'memory',
      'ephemeral-storage',
      'x.io/y',
      'nvidia.com/gpu',
      'hugepages-2Mi',
    ]);
  });
});

describe('removeResourceEdits', () => {
  function remove(text: string, value: unknown, name: string): string {
    const root = view(value);
    const result = applyEdits(text, removeResourceEdits(root, form.field(root, 'resources'), name));
    if (!result.ok) throw new Error(result.error);
    return result.text;
  }
  it('removes a resource from both lists', () => {
    const text =
      'cleaner:\n  resources:\n    requests: {cpu: 1, memory: 1Gi}\n    limits: {cpu: 2, memory: 2Gi}\n';
    const value = { resources: { requests: { cpu: 1, memory: '1Gi' }, limits: { cpu: 2, memory: '2Gi' } } };
    expect(remove(text, value, 'cpu')).toBe(
      'cleaner:\n  resources:\n    requests: {memory: 1Gi}\n    limits: {memory: 2Gi}\n',
    );
  });
  it('never leaves an empty resources mapping', () => {
    const text = '# c\ncleaner:\n  image: x\n  resources:\n    requests: {cpu: 1}\n    limits: {cpu: 2}\n';
    const value = { image: 'x', resources: { requests: { cpu: 1 }, limits: { cpu: 2 } } };
    expect(remove(text, value, 'cpu')).toBe('# c\ncleaner:\n  image: x\n');
    const mixed = { image: 'x', resources: { requests: { cpu: 1 }, limits: { cpu: 2, memory: '1Gi' } } };
    const mixedText =
      'cleaner:\n  image: x\n  resources:\n    requests: {cpu: 1}\n    limits: {cpu: 2, memory: 1Gi}\n';
    expect(remove(mixedText, mixed, 'cpu')).toBe(
      'cleaner:\n  image: x\n  resources:\n    limits: {memory: 1Gi}\n',
    );
  });
});
