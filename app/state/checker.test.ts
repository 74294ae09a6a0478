import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../src/index';
import type { CheckReply, CheckRequest } from './checkProtocol';
import { createChecker, type BackendFactory } from './checker';

const EMPTY: CheckResult = { issues: [], detected: { format: 'empty', description: 'empty' }, sections: [] };

/** A backend that keeps what it was sent, and lets the test answer or fail it. */
function fakeBackend() {
  const sent: CheckRequest[] = [];
  let reply: ((r: CheckReply) => void) | null = null;
  let fail: (() => void) | null = null;
  let disposed = false;
  const factory: BackendFactory = (onReply, onFail) => {
    reply = onReply;
    fail = onFail;
    return { send: (request) => sent.push(request), dispose: () => (disposed = true) };
  };
  return {
    factory,
    sent,
    answer(request: CheckRequest | undefined) {
      if (!request) throw new Error('nothing to answer');
      reply?.({ seq: request.seq, text: request.text, result: EMPTY, fixable: ['a-code'] });
    },
    fail: () => fail?.(),
    get disposed() {
      return disposed;
    },
  };
}

const texts = (requests: readonly { text: string }[]) => requests.map((r) => r.text);

describe('createChecker', () => {
  it('checks one text at a time and then only the newest one asked for', () => {
    const worker = fakeBackend();
    const got: CheckReply[] = [];
    const checker = createChecker((r) => got.push(r), worker.factory, fakeBackend().factory);
    checker.check('a', 'auto', 'none');
    checker.check('ab', 'auto', 'none');
    checker.check('abc', 'auto', 'baseline');
    expect(texts(worker.sent)).toEqual(['a']);
    worker.answer(worker.sent[0]);
    expect(texts(got)).toEqual(['a']);
    expect(texts(worker.sent)).toEqual(['a', 'abc']);
    expect(worker.sent[1]).toMatchObject({ policy: 'baseline' });
    worker.answer(worker.sent[1]);
    expect(texts(got)).toEqual(['a', 'abc']);
    expect(got[1]?.fixable).toEqual(['a-code']);
  });

  it('drops a reply older than one already delivered', () => {
    const worker = fakeBackend();
    const got: CheckReply[] = [];
    const checker = createChecker((r) => got.push(r), worker.factory, fakeBackend().factory);
    checker.check('one', 'auto', 'none');
    const first = worker.sent[0];
    worker.answer(first);
    checker.check('two', 'auto', 'none');
    worker.answer(worker.sent[1]);
    worker.answer(first);
    expect(texts(got)).toEqual(['one', 'two']);
  });

  it('hands the pending text to the fallback when the worker fails', () => {
    const worker = fakeBackend();
    const page = fakeBackend();
    const got: CheckReply[] = [];
    const checker = createChecker((r) => got.push(r), worker.factory, page.factory);
    checker.check('a', 'auto', 'none');
    checker.check('ab', 'auto', 'none');
    worker.fail();
    expect(worker.disposed).toBe(true);
    expect(texts(page.sent)).toEqual(['ab']);
    page.answer(page.sent[0]);
    checker.check('abc', 'cleaner', 'none');
    expect(texts(page.sent)).toEqual(['ab', 'abc']);
    expect(texts(got)).toEqual(['ab']);
  });

  it('uses the fallback when no worker can be made', () => {
    const page = fakeBackend();
    const checker = createChecker(
      () => {},
      () => {
        throw new Error('no Worker here');
      },
      page.factory,
    );
    checker.check('x', 'auto', 'none');
    expect(texts(page.sent)).toEqual(['x']);
  });

  it('delivers nothing once disposed', () => {
    const worker = fakeBackend();
    const got: CheckReply[] = [];
    const checker = createChecker((r) => got.push(r), worker.factory, fakeBackend().factory);
    checker.check('a', 'auto', 'none');
    checker.dispose();
    worker.answer(worker.sent[0]);
    expect(got).toEqual([]);
    expect(worker.disposed).toBe(true);
  });

  it('sends nothing for what was asked for last, and again for another form section', () => {
    const worker = fakeBackend();
    const checker = createChecker(() => {}, worker.factory, fakeBackend().factory);
    const env = { doc: 0, path: ['environment'], key: '0:environment' };
    checker.check('a', 'auto', 'none', env);
    worker.answer(worker.sent[0]);
    checker.check('a', 'auto', 'none', env);
    expect(worker.sent).toHaveLength(1);
    checker.check('a', 'auto', 'none', { doc: 0, path: ['cleaner'], key: '0:cleaner' });
    checker.check('a', 'auto', 'baseline', { doc: 0, path: ['cleaner'], key: '0:cleaner' });
    worker.answer(worker.sent[1]);
    expect(worker.sent.map((r) => [r.text, r.policy, r.form?.key])).toEqual([
      ['a', 'none', '0:environment'],
      ['a', 'none', '0:cleaner'],
      ['a', 'baseline', '0:cleaner'],
    ]);
  });
});
