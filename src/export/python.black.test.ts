import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasBlack, runBlack } from './externalTools';
import { sectionValue } from './pyArbitraries';
import { formatPythonCall, pythonKeyword, PYTHON_CLASS, type PythonSectionKind } from './python';

/** The call as keyword arguments, as toPython builds it. */
function argsOf(kind: PythonSectionKind, value: Record<string, unknown>): [string, unknown][] {
  return Object.entries(value).map(([key, item]) => [pythonKeyword(kind, key) ?? key, item]);
}

function samples(kind: PythonSectionKind, seed: number, count: number): Record<string, unknown>[] {
  return fc.sample(sectionValue(kind), { seed, numRuns: count });
}

/**
 * Black formats the one-line form of each call exactly as formatPythonCall does, and leaves
 * formatPythonCall's output unchanged. Statements go through black in one batch, separated
 * by a blank line (black keeps it and formats each statement on its own).
 */
function compareWithBlack(
  kind: PythonSectionKind,
  values: Record<string, unknown>[],
  lineLength: number,
): void {
  const cls = PYTHON_CLASS[kind];
  const flat = values.map((v) => formatPythonCall(kind, cls, argsOf(kind, v), Infinity).join('\n'));
  const ours = values.map((v) => formatPythonCall(kind, cls, argsOf(kind, v), lineLength).join('\n'));
  const fromFlat = runBlack(`${flat.join('\n\n')}\n`, lineLength).split('\n\n');
  const again = runBlack(`${ours.join('\n\n')}\n`, lineLength).split('\n\n');
  values.forEach((value, i) => {
    const want = (fromFlat[i] ?? '').replace(/\n$/, '');
    const stable = (again[i] ?? '').replace(/\n$/, '');
    const context = `value: ${JSON.stringify(value)}`;
    expect(ours[i], context).toBe(want);
    expect(stable, context).toBe(ours[i]);
  });
}

describe.skipIf(!hasBlack)('formatPythonCall against black', { timeout: 120_000 }, () => {
  it.each([88, 60, 40])('environment, line length %i', (lineLength) => {
    compareWithBlack('environment', samples('environment', 42 + lineLength, 150), lineLength);
  });

  it.each([88, 50])('cleaner, line length %i', (lineLength) => {
    compareWithBlack('cleaner', samples('cleaner', 7 + lineLength, 150), lineLength);
  });

  it('realistic sections at every width from 30 to 100', () => {
    const value = {
      labels: { team: 'vision', 'app.kubernetes.io/part-of': 'training' },
      nodeSelector: { 'cloud.google.com/gke-accelerator': 'nvidia-tesla-t4' },
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: 'gpu', operator: 'In', values: ['a100', 'h100'] }] },
            ],
          },
        },
      },
      tolerations: [{ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' }],
      securityContext: { runAsUser: 1000, runAsNonRoot: true },
      hostPID: false,
      priority: -5,
      restartPolicy: 'Never',
    };
    for (let width = 30; width <= 100; width += 7) compareWithBlack('environment', [value], width);
  });
});
