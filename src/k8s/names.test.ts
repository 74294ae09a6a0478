import { describe, expect, it } from 'vitest';
import {
  annotationsSize,
  isDns1123Label,
  isDns1123Subdomain,
  isDns1123SubdomainWithUnderscore,
  isQualifiedName,
  isValidAnnotationKey,
  isValidLabelValue,
  TOTAL_ANNOTATION_SIZE_LIMIT,
} from './names';

const NAME_REGEX_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

describe('isQualifiedName', () => {
  it.each(['a', 'MyName', 'my.name', '123-abc', 'a_b', 'example.com/team', 'a.b.c/X-Y_z.1', 'A'.repeat(63)])(
    'accepts %s',
    (value) => {
      expect(isQualifiedName(value)).toEqual([]);
    },
  );

  it('gives the Kubernetes message for a bad name part', () => {
    expect(isQualifiedName('-abc')).toEqual([NAME_REGEX_MSG]);
  });

  it('limits the name part to 63 characters', () => {
    expect(isQualifiedName('a'.repeat(63))).toEqual([]);
    expect(isQualifiedName('a'.repeat(64))).toEqual(['name part must be no more than 63 characters']);
  });

  it('limits the prefix to a 253-character subdomain', () => {
    const prefix253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(prefix253).toHaveLength(253);
    expect(isQualifiedName(`${prefix253}/x`)).toEqual([]);
    expect(isQualifiedName(`${prefix253}e/x`)).toEqual(['prefix part must be no more than 253 characters']);
  });

  it('rejects an upper-case or underscored prefix', () => {
    expect(isQualifiedName('Example.com/x')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
    expect(isQualifiedName('my_domain.com/x')[0]).toMatch(/^prefix part a lowercase RFC 1123 subdomain/);
  });

  it('rejects an empty prefix or name', () => {
    expect(isQualifiedName('/x')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('example.com/')).toEqual(['name part must be non-empty', NAME_REGEX_MSG]);
    expect(isQualifiedName('')).toEqual(['name part must be non-empty', NAME_REGEX_MSG]);
  });

  it('allows at most one slash', () => {
    const errors = isQualifiedName('a/b/c');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^a valid label key must consist of/);
    expect(errors[0]).toMatch(
      /with an optional DNS subdomain prefix and '\/' \(e\.g\. 'example\.com\/MyName'\)$/,
    );
  });

  it('counts bytes like Go', () => {
    expect(isQualifiedName('é'.repeat(32))).toContain('name part must be no more than 63 characters');
  });
});

describe('isValidLabelValue', () => {
  it.each(['', 'MyValue', 'my_value', '12345', 'a.b-c_d', 'x'.repeat(63)])('accepts %j', (value) => {
    expect(isValidLabelValue(value)).toEqual([]);
  });

  it('gives the Kubernetes message', () => {
    expect(isValidLabelValue('-x')).toEqual([
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and " +
        "end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is " +
        "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
  });

  it.each(['a b', 'x_', '_x', 'a/b', 'true\n', '{"x":1}'])('rejects %j', (value) => {
    expect(isValidLabelValue(value)).toHaveLength(1);
  });

  it('limits values to 63 characters', () => {
    expect(isValidLabelValue('x'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });
});

describe('isDns1123Label', () => {
  it('accepts lower-case labels up to 63 characters', () => {
    expect(isDns1123Label('my-name')).toEqual([]);
    expect(isDns1123Label('123-abc')).toEqual([]);
    expect(isDns1123Label('a'.repeat(63))).toEqual([]);
  });

  it('rejects 64 characters', () => {
    expect(isDns1123Label('a'.repeat(64))).toEqual(['must be no more than 63 characters']);
  });

  it('says "must not contain dots" for a subdomain', () => {
    expect(isDns1123Label('a.b')).toEqual(['must not contain dots']);
  });

  it.each(['My-name', 'a_b', '-a', 'a-', ''])('rejects %j with the pattern message', (value) => {
    expect(isDns1123Label(value)).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end " +
        "with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is " +
        "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
  });
});

describe('isDns1123Subdomain', () => {
  const of253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;

  it('accepts subdomains up to 253 characters', () => {
    expect(isDns1123Subdomain('example.com')).toEqual([]);
    expect(isDns1123Subdomain('a')).toEqual([]);
    expect(isDns1123Subdomain(of253)).toEqual([]);
  });

  it('rejects 254 characters', () => {
    expect(isDns1123Subdomain(`${of253}d`)).toEqual(['must be no more than 253 characters']);
  });

  it.each(['Example.com', 'my_host', 'a..b', '.a', 'a.', '-a.b', ''])('rejects %j', (value) => {
    const errors = isDns1123Subdomain(value);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^a lowercase RFC 1123 subdomain must consist of .*\(e\.g\. 'example\.com', regex/,
    );
  });
});

describe('isDns1123SubdomainWithUnderscore', () => {
  it.each(['_sip._tcp.example.com', 'a_b.c', 'example.com'])('accepts %s', (value) => {
    expect(isDns1123SubdomainWithUnderscore(value)).toEqual([]);
  });

  it.each(['a_', '__a', 'A_b', 'a._', ''])('rejects %j', (value) => {
    expect(isDns1123SubdomainWithUnderscore(value)[0]).toMatch(/'_', '-' or '\.'/);
  });
});

describe('annotations', () => {
  it('checks keys case-insensitively', () => {
    expect(isValidAnnotationKey('Example.COM/Team')).toEqual([]);
    expect(isQualifiedName('Example.COM/Team')).not.toEqual([]);
    expect(isValidAnnotationKey('bad key')).toHaveLength(1);
  });

  it('sums key and value bytes', () => {
    expect(annotationsSize([])).toBe(0);
    expect(
      annotationsSize([
        ['a', 'bc'],
        ['é', '€'],
      ]),
    ).toBe(3 + 2 + 3);
    expect(TOTAL_ANNOTATION_SIZE_LIMIT).toBe(256 * 1024);
  });
});
