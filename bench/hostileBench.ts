import { parseAllDocuments } from 'yaml';
import { checkText } from '../src/index';
import * as inputs from '../src/robustness/inputs';
import { clearSourceCache } from '../src/yaml/sourceCache';
import { measure } from './measure';
import { figure, type Figure } from './report';

const RAW = { uniqueKeys: false } as const;

const CASES: { name: string; text: () => string }[] = [
  { name: '5 MB file', text: () => inputs.bigFile() },
  { name: '10,000-deep flow lists', text: () => inputs.deepFlow() },
  { name: '10,000-deep flow mappings', text: () => inputs.deepFlowMap() },
  { name: '10,000-deep block lists', text: () => inputs.deepBlock() },
  { name: '1,000-deep block mappings', text: () => inputs.deepIndent() },
  { name: 'billion laughs (lists)', text: () => inputs.billionLaughs() },
  { name: 'billion laughs (mappings)', text: () => inputs.billionLaughsMap() },
  { name: '500 KB line', text: () => inputs.longLine() },
  { name: '1 MB key', text: () => inputs.longKey() },
  { name: '10,000 tolerations on one line', text: () => inputs.longFlowLine() },
  { name: 'binary junk (100 KB)', text: () => inputs.binaryJunk() },
  { name: 'NUL byte in a value', text: () => inputs.nulInside() },
];

/** Hostile input: bounded time, against the raw parse of the same text (parse cache emptied each time). */
export function hostileFigures(): Figure[] {
  const options = { warmup: 1, minRuns: 3, minTimeMs: 0 };
  return CASES.map(({ name, text }) => {
    const t = text();
    clearSourceCache();
    const found = checkText(t).issues;
    const errors = found.filter((i) => i.severity === 'error');
    const first = errors.find((i) => i.source === 'yaml') ?? errors[0] ?? found[0];
    return figure(
      `hostile-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      `checkText of hostile input: ${name}`,
      measure(() => checkText(t), { ...options, setup: clearSourceCache }),
      { maxRatio: 3, maxMs: 250, either: true },
      // uniqueKeys off: on, the raw parse is quadratic in a mapping's size (minutes for 5 MB).
      {
        title: 'yaml.parseAllDocuments (uniqueKeys: false)',
        stats: measure(() => parseAllDocuments(t, RAW), options),
      },
      first ? `reports ${first.code}: ${first.message.slice(0, 100)}` : 'no issue',
    );
  });
}
