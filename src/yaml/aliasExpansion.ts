import { isAlias, isCollection, isPair, type Alias, type Node } from 'yaml';
import { aliasIndex } from './pyValue';

/** Where expanding aliases under a node goes beyond the limit. */
export interface AliasBlowup {
  /** The alias whose expansion went over the limit. */
  readonly alias: Alias;
  readonly limit: number;
}

/**
 * Checks that `node`, with every alias expanded (anchors looked up in `root`, the document),
 * stands for at most `limit` nodes. Sizes are memoized per node, so a "billion laughs" text is
 * measured in time linear in its length. Returns where the limit is crossed, or null.
 */
export function aliasBlowup(node: Node | null, root: object, limit: number): AliasBlowup | null {
  if (!node) return null;
  const index = aliasIndex(root);
  if (index.size === 0) return null;
  const sizes = new Map<Node, number>();
  const active = new Set<Node>();
  let crossed: Alias | null = null;

  const sizeOf = (n: unknown): number => {
    if (crossed || n === null || typeof n !== 'object') return 0;
    if (isPair(n)) return sizeOf(n.key) + sizeOf(n.value);
    if (isAlias(n)) {
      const target = index.get(n) ?? null;
      // An unknown or recursive alias reads as null: one node.
      if (!target || active.has(target)) return 1;
      const size = sizeOf(target);
      if (size > limit && !crossed) crossed = n;
      return size;
    }
    const node = n as Node;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    let size = 1;
    if (isCollection(node)) {
      active.add(node);
      for (const item of node.items) {
        size += sizeOf(item);
        if (size > limit) {
          crossed ??= aliasIn(item);
          break;
        }
      }
      active.delete(node);
    }
    sizes.set(node, size);
    return size;
  };

  const total = sizeOf(node);
  if (crossed) return { alias: crossed, limit };
  return total > limit ? findAlias(node, index, limit) : null;
}

function aliasIn(item: unknown): Alias | null {
  if (isAlias(item)) return item;
  if (isPair(item)) return isAlias(item.value) ? item.value : isAlias(item.key) ? item.key : null;
  return null;
}

// The total went over without one alias crossing alone: blame the first alias met.
function findAlias(node: Node, index: ReadonlyMap<Alias, Node | null>, limit: number): AliasBlowup | null {
  for (const alias of index.keys()) {
    const [from, to] = node.range ?? [0, 0];
    const at = alias.range?.[0] ?? -1;
    if (at >= from && at <= to) return { alias, limit };
  }
  return null;
}
