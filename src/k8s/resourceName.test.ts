import { describe, expect, it } from 'vitest';
import {
  hugePageSize,
  isExtendedResourceName,
  isHugePageResourceName,
  isNativeResourceName,
  validateContainerResourceName,
} from './resourceName';

describe('validateContainerResourceName', () => {
  it.each([
    'cpu',
    'memory',
    'ephemeral-storage',
    'hugepages-2Mi',
    'hugepages-1Gi',
    'nvidia.com/gpu',
    'amd.com/gpu',
    'example.com/foo_bar',
    'example.com/Big.Thing',
  ])('accepts %s', (name) => {
    expect(validateContainerResourceName(name)).toEqual([]);
  });

  it('rejects names without a domain that are not standard', () => {
    for (const name of ['gpu', 'pods', 'storage', 'requests.cpu', 'nvidia-gpu']) {
      const errors = validateContainerResourceName(name);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^must be a standard resource for containers/);
    }
  });

  it('suggests the intended name', () => {
    expect(validateContainerResourceName('CPU')[0]).toMatch(/did you mean 'cpu'\?/);
    expect(validateContainerResourceName('Memory')[0]).toMatch(/did you mean 'memory'\?/);
    expect(validateContainerResourceName('gpu')[0]).toMatch(/did you mean 'nvidia\.com\/gpu'\?/);
    expect(validateContainerResourceName('ephemeral_storage')[0]).toMatch(
      /did you mean 'ephemeral-storage'\?/,
    );
  });

  it('rejects names in the kubernetes.io namespace', () => {
    for (const name of ['kubernetes.io/gpu', 'example.kubernetes.io/foo', 'node.kubernetes.io/cpu']) {
      const errors = validateContainerResourceName(name);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^'kubernetes\.io\/' names are reserved for Kubernetes/);
    }
  });

  it('checks the huge page size', () => {
    expect(validateContainerResourceName('hugepages-foo')[0]).toMatch(
      /page size after 'hugepages-' must be a positive/,
    );
    expect(validateContainerResourceName('hugepages-0')).toHaveLength(1);
    expect(validateContainerResourceName('hugepages-0.5')).toHaveLength(1);
    expect(validateContainerResourceName('hugepages-').length).toBeGreaterThanOrEqual(2);
  });

  it('reports malformed names with the qualified-name messages', () => {
    expect(validateContainerResourceName('a/b/c')[0]).toMatch(/^a valid label key/);
    expect(validateContainerResourceName('Example.com/gpu')[0]).toMatch(
      /^prefix part a lowercase RFC 1123 subdomain/,
    );
    expect(validateContainerResourceName('example.com/-gpu')[0]).toMatch(/^name part must consist of/);
    expect(validateContainerResourceName('bad name')).toHaveLength(2);
  });

  it('rejects extended names that do not fit the quota form', () => {
    expect(validateContainerResourceName('requests.example.com/gpu')).toEqual([
      "doesn't follow extended resource name standard: it must not start with 'requests.'",
    ]);
    const longDomain = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(55)}`;
    expect(longDomain).toHaveLength(247);
    expect(validateContainerResourceName(`${longDomain}/gpu`)).toEqual([
      "doesn't follow extended resource name standard: the domain prefix must be at most 244 characters",
    ]);
  });
});

describe('resource name predicates', () => {
  it('isExtendedResourceName', () => {
    expect(isExtendedResourceName('nvidia.com/gpu')).toBe(true);
    expect(isExtendedResourceName('cpu')).toBe(false);
    expect(isExtendedResourceName('kubernetes.io/gpu')).toBe(false);
    expect(isExtendedResourceName('requests.example.com/gpu')).toBe(false);
    expect(isExtendedResourceName('example.com/')).toBe(false);
  });

  it('isNativeResourceName uses a substring test like Kubernetes', () => {
    expect(isNativeResourceName('memory')).toBe(true);
    expect(isNativeResourceName('foo.kubernetes.io/bar')).toBe(true);
    expect(isNativeResourceName('mykubernetes.io/bar')).toBe(true);
    expect(isNativeResourceName('example.com/bar')).toBe(false);
  });

  it('isHugePageResourceName checks the prefix only', () => {
    expect(isHugePageResourceName('hugepages-2Mi')).toBe(true);
    expect(isHugePageResourceName('hugepages-foo')).toBe(true);
    expect(isHugePageResourceName('hugepages2Mi')).toBe(false);
    expect(isHugePageResourceName('example.com/hugepages-2Mi')).toBe(false);
  });

  it('hugePageSize parses the page size', () => {
    expect(hugePageSize('hugepages-2Mi')?.numerator).toBe(2n * 2n ** 20n);
    expect(hugePageSize('hugepages-foo')).toBeUndefined();
    expect(hugePageSize('memory')).toBeUndefined();
  });
});
