/**
 * The help texts of the schemas as plain data, without Zod: the app's form reads them at first
 * paint, and the Zod schemas take their `.meta({ title, description })` from the same nodes, so
 * each text is written once (in `src/schema/docs/`).
 */

/** The UI label and help text of a field or type. */
export interface FieldDoc {
  readonly title?: string;
  readonly description?: string;
}

/**
 * The texts of one schema, and the way down to those of what it holds, mirroring its Zod schema:
 * a field's node has its own texts and `of` the node of the type it holds (whose texts fill in
 * what the field's leave out), an object's node its `fields`, a list's its `items`, a mapping's
 * (a record's) its `values`.
 */
export interface DocNode extends FieldDoc {
  readonly of?: DocNode;
  readonly fields?: Readonly<Record<string, DocNode>>;
  readonly items?: DocNode;
  readonly values?: DocNode;
}

/** One step of a path inside a section: a mapping key or a list index. */
export type DocPathSegment = string | number;

const MAX_DEPTH = 16;

/** The node and the nodes it holds through `of`, outermost first. */
function layers(node: DocNode): DocNode[] {
  const out: DocNode[] = [];
  for (let cur: DocNode | undefined = node; cur && out.length < MAX_DEPTH; cur = cur.of) out.push(cur);
  return out;
}

/**
 * One step down: a key into an object's fields (own keys only) or a mapping's values, an index
 * into a list (or a mapping's values, as a Zod record also takes). Undefined when the step leaves
 * the schema. The first layer that has fields, items or values decides, as the schema it mirrors.
 */
export function childDoc(node: DocNode, segment: DocPathSegment): DocNode | undefined {
  for (const layer of layers(node)) {
    if (typeof segment === 'number') {
      if (layer.items || layer.values) return layer.items ?? layer.values;
      if (layer.fields) return undefined;
      continue;
    }
    if (layer.fields) return Object.hasOwn(layer.fields, segment) ? layer.fields[segment] : undefined;
    if (layer.values) return layer.values;
    if (layer.items) return undefined;
  }
  return undefined;
}

/** The node at a path below `node`, or undefined when the path leaves it. */
export function docAt(node: DocNode, path: readonly DocPathSegment[]): DocNode | undefined {
  let cur: DocNode | undefined = node;
  for (const segment of path) {
    if (cur === undefined) return undefined;
    cur = childDoc(cur, segment);
  }
  return cur;
}

/**
 * The title and description of a node: its own, each filled in from the type it holds when
 * missing. Undefined when no layer has any.
 */
export function textsOf(node: DocNode): FieldDoc | undefined {
  let title: string | undefined;
  let description: string | undefined;
  for (const layer of layers(node)) {
    title ??= layer.title;
    description ??= layer.description;
  }
  if (title === undefined && description === undefined) return undefined;
  return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) };
}
