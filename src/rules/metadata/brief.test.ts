import { describe, expect, it } from 'vitest';
import { isValidIP } from '../../k8s/ip';
import { isDns1123Subdomain, isQualifiedName } from '../../k8s/names';
import { brief } from './brief';

describe('brief', () => {
  it('drops the examples and the regex, keeping what is wrong', () => {
    expect(brief(isQualifiedName('a b'))).toBe(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an " +
        'alphanumeric character',
    );
    expect(brief(isDns1123Subdomain('X'.repeat(254)))).toMatch(
      /^must be no more than 253 characters; a lowercase RFC 1123 subdomain .* alphanumeric character$/,
    );
    expect(brief(isValidIP('10.0.0.256'))).toBe('must be a valid IP address');
    expect(brief(isValidIP(' 10.0.0.1'))).toBe('must be a valid IP address; remove the surrounding spaces');
    expect(brief(['must not contain dots'])).toBe('must not contain dots');
  });
});
