import { describe, expect, it } from 'vitest';
import { parseKeyValueLines } from './keyValueLines';

describe('parseKeyValueLines', () => {
  it('reads key=value and key: value lines, skipping blanks and comments', () => {
    expect(parseKeyValueLines('team=research\n# note\n\nexample.com/owner: ml\nempty=\n')).toEqual({
      pairs: [
        ['team', 'research'],
        ['example.com/owner', 'ml'],
        ['empty', ''],
      ],
      errors: [],
    });
  });
  it('reads the comma-separated form kubectl prints', () => {
    expect(parseKeyValueLines('app=web,tier=front').pairs).toEqual([
      ['app', 'web'],
      ['tier', 'front'],
    ]);
  });
  it('says which line it cannot read', () => {
    expect(parseKeyValueLines('ok=1\njust words').errors).toEqual(['Line 2: write key=value']);
  });
});
