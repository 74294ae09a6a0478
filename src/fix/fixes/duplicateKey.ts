import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Splice } from '../../edit/edit';
import { blockEntries, flowLayout } from '../../edit/layout';
import { blockRemoveSplice, flowRemoveSplice } from '../../edit/remove';
import { nodeAt, parentOf, splices } from '../nodes';
import type { Fix } from '../types';

function keyOf(pair: Pair): string | null {
  const key = pair.key as Node | null;
  if (!isScalar(key)) return null;
  return typeof key.source === 'string' ? key.source : String(key.value);
}

/** The splice that removes entry `index` of a map (two equal keys have no path of their own). */
function removePair(text: string, map: YAMLMap, index: number): Splice | null {
  if (map.flow) {
    const layout = flowLayout(text, map);
    return typeof layout === 'string' ? null : flowRemoveSplice(layout, index);
  }
  const entries = blockEntries(text, map);
  return typeof entries === 'string' ? null : blockRemoveSplice(text, entries, index);
}

/**
 * The same key twice in one mapping (PyYAML keeps the last, kubectl rejects it): keep the
 * entry the issue points at, or the later one.
 */
export const duplicateKeyFix: Fix = {
  codes: ['yaml-duplicate-key'],
  kind: 'suggestion',
  choices(ctx) {
    const { issue, text } = ctx;
    const { node } = nodeAt(ctx, parentOf(issue.path));
    if (!isMap(node)) return [];
    const pairs = node.items as Pair[];
    const here = pairs.findIndex((p) => (p.key as Node | null)?.range?.[0] === issue.range.start.offset);
    const key = pairs[here] ? keyOf(pairs[here]) : null;
    if (here < 0 || key === null) return [];
    const later = pairs.findIndex((p, i) => i > here && keyOf(p) === key);
    if (later < 0) return [];
    const dropLater = removePair(text, node, later);
    const dropHere = removePair(text, node, here);
    if (!dropLater || !dropHere) return [];
    const line = issue.range.start.line;
    const laterLine = typeof issue.data?.['line'] === 'number' ? issue.data['line'] : line + 1;
    return [
      splices(`Keep ${key} from line ${line}`, [dropLater]),
      splices(`Keep ${key} from line ${String(laterLine)}`, [dropHere]),
    ];
  },
};
