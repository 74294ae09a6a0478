/**
 * The JSON export: a section value written with 2-space indentation, keys in the order
 * the object holds them, and a trailing newline.
 */

/**
 * `value` as 2-space indented JSON ending in a newline, laid out like
 * `JSON.stringify(value, null, 2)`. Unlike it, this never throws: a bigint is written as
 * its digits, NaN / ±Infinity and repeated (cyclic) objects as `null`. `undefined`
 * object members are left out and `undefined` list items become `null`, as in JSON.
 * Key order is the object's own order (JS puts integer-like keys such as `"10"` first).
 */
export function toJson(value: unknown): string {
  return `${write(value, '', new Set()) ?? 'null'}\n`;
}

function write(value: unknown, indent: string, stack: Set<object>): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'object':
      return writeObject(value, indent, stack);
    default:
      return undefined;
  }
}

function writeObject(value: object, indent: string, stack: Set<object>): string {
  if (stack.has(value)) return 'null';
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return write(toJSON.call(value) as unknown, indent, stack) ?? 'null';
  const inner = `${indent}  `;
  stack.add(value);
  let parts: string[];
  let open = '{';
  let close = '}';
  if (Array.isArray(value)) {
    open = '[';
    close = ']';
    parts = value.map((item: unknown) => `${inner}${write(item, inner, stack) ?? 'null'}`);
  } else {
    parts = [];
    for (const [key, item] of Object.entries(value)) {
      const text = write(item, inner, stack);
      if (text !== undefined) parts.push(`${inner}${JSON.stringify(key)}: ${text}`);
    }
  }
  stack.delete(value);
  return parts.length === 0 ? `${open}${close}` : `${open}\n${parts.join(',\n')}\n${indent}${close}`;
}
