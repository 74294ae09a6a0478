import { isMap, isScalar, visit, type Document } from 'yaml';

/** How many map entries repeat an earlier key of their map, over all documents. */
export function repeatedKeys(docs: readonly Document.Parsed[]): number {
  let count = 0;
  for (const doc of docs) {
    visit(doc, {
      Map(_key, map) {
        if (!isMap(map)) return;
        const seen = new Set<string>();
        for (const pair of map.items) {
          if (!isScalar(pair.key)) continue;
          const key = String(pair.key.value);
          if (seen.has(key)) count++;
          seen.add(key);
        }
      },
    });
  }
  return count;
}
