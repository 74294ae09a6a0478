import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearSourceCache, INCREMENTAL_FROM, sourceCacheStats } from '../yaml/sourceCache';
import { checkText, type CheckOptions } from './check';
import { clearSectionCache } from './sectionCache';

// A Polyaxon DAG with many job environments, some of them wrong in several ways.
function pipeline(steps: number): string {
  const out = ['version: 1.1', 'kind: component', 'run:', '  kind: dag', '  operations:'];
  for (let i = 0; i < steps; i++) {
    out.push(
      `  # step ${i}`,
      `  - name: step-${i}`,
      '    component:',
      '      run:',
      '        kind: job',
      '        environment:',
      '          labels:',
      `            team: t${i}`,
      `            tier: ${i % 4 === 0 ? 'yes' : 'batch'}`,
      '          nodeSelector:',
      `            pool: ${i % 5 === 0 ? '1.10' : 'gpu'}`,
      '          tolerations:',
      `          - key: dedicated`,
      `            operator: ${i % 3 === 0 ? 'exists' : 'Equal'}`,
      '            value: ml',
      `            effect: ${i % 6 === 0 ? 'noschedule' : 'NoSchedule'}`,
      ...(i % 7 === 0 ? ['          restart_policy: never', '          priority: 5'] : []),
      '          imagePullSecrets: [regcred]',
      '        container:',
      `          image: repo/train:${i}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function fresh(text: string, options: Partial<CheckOptions>) {
  clearSourceCache();
  clearSectionCache();
  return checkText(text, options);
}

const SNIPPETS = ['x', '\n', ' ', '  ', ': ', '- ', '\n          nodeName: n1', 'yes', '*a', '&a ', '#', '"'];

describe('checking from earlier work', () => {
  const text = pipeline(60);

  it('is long enough for the incremental path', () => {
    expect(text.length).toBeGreaterThan(INCREMENTAL_FROM);
  });

  it('reports exactly what a check from scratch reports, edit after edit', () => {
    let incremental = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 6 }), insert: fc.constantFrom(...SNIPPETS) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.constantFrom<Partial<CheckOptions>>({}, { policy: 'restricted' }, { kind: 'environment' }),
        (changes, options) => {
          let current = text;
          fresh(current, options);
          for (const c of changes) {
            const from = c.at % current.length;
            current = current.slice(0, from) + c.insert + current.slice(from + c.cut);
            const warm = checkText(current, options);
            incremental += sourceCacheStats().incremental;
            expect(warm).toEqual(fresh(current, options));
          }
        },
      ),
      { numRuns: 25 },
    );
    expect(incremental).toBeGreaterThan(0);
  });

  it('reads each keystroke typed into a label from the previous text, with the same result', () => {
    fresh(text, {});
    let current = text;
    const at = current.indexOf('team: t42\n') + 'team: t42'.length;
    let incremental = 0;
    for (const [i, letter] of [...'-v2 yes'].entries()) {
      current = current.slice(0, at + i) + letter + current.slice(at + i);
      const warm = checkText(current);
      incremental += sourceCacheStats().incremental;
      expect(warm).toEqual(fresh(current, {}));
    }
    // Every keystroke reads only the lines of the labels.
    expect(incremental).toBe(7);
  });

  it('moves the issues of unchanged sections with their text', () => {
    fresh(text, {});
    const first = checkText(text);
    const moved = `# a new first line\n${text}`;
    const second = checkText(moved);
    expect(second.issues.length).toBe(first.issues.length);
    for (const [i, issue] of second.issues.entries()) {
      const was = first.issues[i];
      expect(issue.code).toBe(was?.code);
      expect(issue.range.start.line).toBe((was?.range.start.line ?? 0) + 1);
      expect(issue.range.start.offset).toBe((was?.range.start.offset ?? 0) + '# a new first line\n'.length);
    }
    expect(second).toEqual(fresh(moved, {}));
  });
});
