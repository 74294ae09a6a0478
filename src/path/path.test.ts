import { describe, expect, it } from 'vitest';
import { formatPath, isPrefix, parsePath, pathEquals } from './path';

describe('formatPath', () => {
  it('writes plain names with dots and indices in brackets', () => {
    expect(formatPath(['environment', 'tolerations', 0, 'effect'])).toBe('environment.tolerations[0].effect');
  });
  it('quotes keys that are not plain names', () => {
    expect(formatPath(['environment', 'labels', 'example.com/team'])).toBe(
      'environment.labels["example.com/team"]',
    );
    expect(formatPath(['a', 'with "quote"'])).toBe('a["with \\"quote\\""]');
  });
  it('starts with brackets when the first key is not plain', () => {
    expect(formatPath(['x.y', 1])).toBe('["x.y"][1]');
    expect(formatPath([])).toBe('');
  });
});

describe('parsePath', () => {
  it('reads back what formatPath writes', () => {
    const paths = [
      ['environment', 'tolerations', 0, 'effect'],
      ['environment', 'labels', 'example.com/team'],
      ['run', 'worker', 'environment', 'nodeSelector', 'a b'],
      ['x.y', 1, 'z'],
      ['k', 'with "quote" and ] bracket'],
    ];
    for (const p of paths) expect(parsePath(formatPath(p))).toEqual(p);
  });
  it('rejects malformed text', () => {
    expect(parsePath('a..b')).toBeNull();
    expect(parsePath('a[')).toBeNull();
    expect(parsePath('a[true]')).toBeNull();
    expect(parsePath('.a')).toBeNull();
  });
});

describe('path relations', () => {
  it('compares and finds prefixes', () => {
    expect(pathEquals(['a', 0], ['a', 0])).toBe(true);
    expect(pathEquals(['a', 0], ['a', '0'])).toBe(false);
    expect(isPrefix(['a'], ['a', 'b'])).toBe(true);
    expect(isPrefix(['a', 'b'], ['a'])).toBe(false);
  });
});
