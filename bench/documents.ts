import { environmentLines } from './environment';
import { seeded, type Random } from './random';

/** A typical document: one `environment:` section, as a user pastes it. */
export function typicalDocument(): string {
  return `${environmentLines(seeded(7), 0, 1).join('\n')}\n`;
}

/**
 * A Polyaxon DAG component with at least `minLines` lines: operations whose inline components
 * are jobs (one environment each) or distributed jobs (chief and worker replicas, each with
 * an environment), with comments throughout.
 */
export function polyaxonFile(minLines: number, seed = 42): string {
  const r = seeded(seed);
  const lines: string[] = [
    '# A generated pipeline used to benchmark the checker',
    'version: 1.1',
    'kind: component',
    'name: nightly-training',
    'run:',
    '  kind: dag',
    '  concurrency: 4',
    '  operations:',
  ];
  for (let id = 0; lines.length < minLines; id++) lines.push(...operation(r, id));
  return `${lines.join('\n')}\n`;
}

function operation(r: Random, id: number): string[] {
  const head = [
    `    # step ${id}`,
    `    - name: step-${id}`,
    ...(id > 0 ? [`      dependencies: [step-${id - 1}]`] : []),
    '      component:',
    `        name: step-${id}-component`,
    '        run:',
  ];
  if (id % 3 !== 2) {
    return [
      ...head,
      '          kind: job',
      ...environmentLines(r, 10, id),
      '          container:',
      `            image: registry.example.com/train:${id}`,
      '            command: ["python", "-m", "train"]',
    ];
  }
  return [
    ...head,
    '          kind: tfjob',
    '          chief:',
    '            replicas: 1',
    ...environmentLines(r, 12, id),
    '            container:',
    `              image: registry.example.com/train:${id}`,
    '          worker:',
    `            replicas: ${2 + r.int(6)}`,
    ...environmentLines(r, 12, id * 100),
    '            container:',
    `              image: registry.example.com/train:${id}`,
  ];
}
