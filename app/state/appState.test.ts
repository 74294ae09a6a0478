import { describe, expect, it } from 'vitest';
import { initialAppState, reduceApp, type AppAction, type AppState } from './appState';

const base = initialAppState('a: 1\n');
const edit = (text: string, at = 0): AppAction => ({ type: 'edit', text, origin: 'fix', at });

function run(state: AppState, ...actions: AppAction[]): AppState {
  return actions.reduce(reduceApp, state);
}

describe('reduceApp', () => {
  it('takes edits into the history without counting them as loads', () => {
    const next = reduceApp(base, edit('a: 2\n'));
    expect(next.text).toBe('a: 2\n');
    expect(next.loads).toBe(0);
    expect(next.dirty).toBe(true);
    expect(next.history.past).toHaveLength(1);
    expect(reduceApp(base, edit(base.text))).toBe(base);
  });

  it('undoes and redoes edits and loads, and makes the editor take the text over', () => {
    const loaded = run(base, edit('a: 2\n'), { type: 'load', text: 'b: 1\n', origin: 'load', at: 5 });
    expect(loaded.loads).toBe(1);
    expect(loaded.dirty).toBe(false);
    const once = reduceApp(loaded, { type: 'undo' });
    expect(once.text).toBe('a: 2\n');
    expect(once.loads).toBe(2);
    const twice = reduceApp(once, { type: 'undo' });
    expect(twice.text).toBe('a: 1\n');
    expect(reduceApp(twice, { type: 'undo' })).toBe(twice);
    expect(run(twice, { type: 'redo' }, { type: 'redo' }).text).toBe('b: 1\n');
  });

  it('a load takes the options and link it comes with, and keeps the others', () => {
    const loaded = reduceApp(base, {
      type: 'load',
      text: 'x: 1',
      origin: 'load',
      at: 1,
      link: '#yaml=eDogMQ',
      kind: 'cleaner',
    });
    expect(loaded).toMatchObject({ kind: 'cleaner', policy: 'none', link: '#yaml=eDogMQ' });
    expect(reduceApp(loaded, { type: 'load', text: '', origin: 'new', at: 2 }).link).toBe('#yaml=eDogMQ');
  });

  it('marks the text saved when it is exported or shared', () => {
    const changed = reduceApp(base, edit('a: 3\n'));
    expect(reduceApp(changed, { type: 'saved' })).toMatchObject({ dirty: false, link: null });
    expect(reduceApp(changed, { type: 'saved', link: '#x' }).link).toBe('#x');
  });

  it('sets options and notices', () => {
    const noticed = reduceApp(base, { type: 'notice', notice: 'bad link' });
    expect(noticed.notice).toBe('bad link');
    expect(reduceApp(noticed, { type: 'dismissNotice' }).notice).toBeNull();
    expect(reduceApp(base, { type: 'setKind', kind: 'cleaner' }).kind).toBe('cleaner');
    expect(reduceApp(base, { type: 'setPolicy', policy: 'restricted' }).policy).toBe('restricted');
  });
});
