/**
 * Structural sharing between two readings of the same YAML section: `next` with every part that
 * is deep-equal to the same part of `prev` replaced by `prev`'s object. A part that did not change
 * keeps its identity across edits, so form parts memoized on it are skipped; when nothing changed
 * at all, `prev` itself comes back.
 *
 * Values are what YAML reads into: plain objects, arrays and scalars (Dates and other objects are
 * compared by identity, so they are never shared).
 */
export function shareStructure<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function share(prev: unknown, next: unknown): unknown {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const out = next.map((item: unknown, i) => (i < prev.length ? share(prev[i], item) : item));
    const same = prev.length === out.length && out.every((item, i) => item === prev[i]);
    return same ? prev : out;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    // Key order is part of the value: the form lists entries in the order they are written.
    let same = prevKeys.length === nextKeys.length && nextKeys.every((k, i) => k === prevKeys[i]);
    const out: Record<string, unknown> = Object.getPrototypeOf(next) === null ? Object.create(null) : {};
    for (const k of nextKeys) {
      const value = Object.prototype.hasOwnProperty.call(prev, k) ? share(prev[k], next[k]) : next[k];
      if (value !== prev[k]) same = false;
      // A `__proto__` key is data (as the YAML reader stores it), never the object's prototype.
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    }
    return same ? prev : out;
  }
  return next;
}
