import { describe, expect, it } from 'vitest';
import { checkText } from '../../src/index';
import { chooseTarget, editableSections } from './formTarget';

const POLYAXONFILE = `version: 1.1
kind: component
run:
  kind: job
  environment:
    nodeName: a
  container:
    image: x
`;

describe('chooseTarget', () => {
  it('picks the first section, or the one the user picked', () => {
    const choices = editableSections(checkText(POLYAXONFILE).sections);
    expect(choices.map((c) => c.key)).toEqual(['0:run.environment']);
    expect(chooseTarget(choices, null, 'auto').path).toEqual(['run', 'environment']);
    expect(chooseTarget(choices, 'gone', 'auto').key).toBe('0:run.environment');
  });
  it('offers a new section when the document has none', () => {
    expect(chooseTarget([], null, 'auto')).toMatchObject({ path: ['environment'], kind: 'environment' });
    expect(chooseTarget([], null, 'cleaner')).toMatchObject({ path: ['cleaner'], kind: 'cleaner' });
  });
  it('reads a bare section at the document root', () => {
    const choices = editableSections(
      checkText('nodeName: a\ntolerations: []\n', { kind: 'environment' }).sections,
    );
    expect(choices[0]).toMatchObject({ path: [], kind: 'environment' });
  });
});
