export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * A line diff of two texts (longest common subsequence over lines, after trimming the common
 * head and tail, so big documents with small changes stay cheap). Unchanged runs are kept whole;
 * the caller shows them folded.
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const middle: DiffLine[] = [];
  if (x.length * y.length > 4_000_000) {
    middle.push(
      ...x.map((text) => ({ kind: 'removed' as const, text })),
      ...y.map((text) => ({ kind: 'added' as const, text })),
    );
  } else {
    const n = x.length;
    const m = y.length;
    const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
    for (let i = n - 1; i >= 0; i--) {
      const row = table[i] as number[];
      const next = table[i + 1] as number[];
      for (let j = m - 1; j >= 0; j--)
        row[j] = x[i] === y[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x[i] === y[j]) {
        middle.push({ kind: 'same', text: x[i] as string });
        i++;
        j++;
      } else if (j < m && (i >= n || (table[i]?.[j + 1] ?? 0) >= (table[i + 1]?.[j] ?? 0))) {
        middle.push({ kind: 'added', text: y[j] as string });
        j++;
      } else {
        middle.push({ kind: 'removed', text: x[i] as string });
        i++;
      }
    }
  }
  return [
    ...a.slice(0, head).map((text) => ({ kind: 'same' as const, text })),
    ...middle,
    ...a.slice(a.length - tail).map((text) => ({ kind: 'same' as const, text })),
  ];
}
