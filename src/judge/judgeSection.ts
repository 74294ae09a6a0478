import { isScalar, type Node } from 'yaml';
import type { FoundSection } from '../read/detect';
import { nodeAtPath } from '../yaml/nodes';
import { RULES } from '../rules/registry';
import { cleanerSchema } from '../schema/polyaxon/cleaner';
import { environmentSchema } from '../schema/polyaxon/environment';
import { objectMetaSchema, podSpecSchema, POD_SPEC_OTHER_FIELDS } from '../schema/podSpec';
import type { CheckOptions } from './check';
import type { Located } from './located';
import type { Report, RuleContext } from './rule';
import { explainUnknownKey } from './explainUnknown';
import { shapeOf } from './shape';
import { isTemplate } from './template';
import { CODES } from '../issues/codes';
import { located, walkObject, walkValue, type K8sWalker } from './walkK8s';
import { walkSection } from './walkSection';
import type { WalkContext } from './walkContext';

const POD_OTHER = new Set<string>(POD_SPEC_OTHER_FIELDS);

/** Walks one section and runs the rules on it; returns its normalized value, or null. */
export function judgeSection(ctx: WalkContext, section: FoundSection, options: CheckOptions): Located | null {
  const { node, keyNode } =
    section.path.length === 0
      ? { node: (ctx.doc.contents as Node | null) ?? null, keyNode: null }
      : nodeAtPath(ctx.doc, section.path);
  if (
    section.kind === 'environment' &&
    isScalar(node) &&
    typeof node.value === 'string' &&
    node.value.includes('{{')
  ) {
    ctx.emit({
      code: 'environment-reference',
      message: 'the environment is a template reference; it is checked once Polyaxon resolves it',
      path: section.path,
      node,
      keyNode,
    });
    return null;
  }
  const root = walk(ctx, section, node, keyNode);
  if (!root || root.value === null) return root;
  const ruleCtx: RuleContext = {
    section: {
      kind: section.kind,
      ...(section.runKind ? { runKind: section.runKind } : {}),
      ...(section.replica ? { replica: true } : {}),
    },
    root,
    options: { policy: options.policy },
    report: (r: Report) => {
      if (!aboutTemplate(r)) ctx.emit(toEmit(r));
    },
  };
  for (const rule of RULES) {
    if (!rule.appliesTo.includes(section.kind)) continue;
    try {
      rule.run(ruleCtx);
    } catch (error) {
      ctx.emit({
        code: 'internal-error',
        message: `the check ${rule.id} failed on this section (${String(error)}); please report it`,
        path: section.path,
        node,
        keyNode,
        severity: 'warning',
        source: 'yaml',
      });
    }
  }
  return root;
}

/**
 * A Kubernetes-level finding about a `{{ ... }}` value (or key) says nothing yet: Polyaxon replaces
 * the template when it compiles the operation, so such findings are dropped.
 */
function aboutTemplate(r: Report): boolean {
  const source = r.source ?? CODES[r.code]?.source;
  if (source !== 'kubernetes' || r.missing !== undefined) return false;
  if (isTemplate(r.at.value)) return true;
  const key = r.at.path[r.at.path.length - 1];
  return r.onKey === true && isTemplate(key);
}

function toEmit(r: Report) {
  const path = r.missing === undefined ? r.at.path : [...r.at.path, r.missing];
  return {
    code: r.code,
    message: r.message,
    path,
    node: r.at.node,
    keyNode: r.at.keyNode,
    onKey: r.onKey ?? r.missing !== undefined,
    ...(r.severity ? { severity: r.severity } : {}),
    ...(r.source ? { source: r.source } : {}),
    ...(r.data ? { data: r.data } : {}),
  };
}

function walk(
  ctx: WalkContext,
  section: FoundSection,
  node: Node | null,
  keyNode: Node | null,
): Located | null {
  if (section.kind === 'environment' || section.kind === 'cleaner') {
    const w: K8sWalker = { ctx, explainUnknown: explainUnknownKey };
    const schema = section.kind === 'environment' ? environmentSchema : cleanerSchema;
    return walkSection(w, node, { schema, name: section.kind }, section.path, keyNode);
  }
  const w: K8sWalker = { ctx, ignoredKeys: POD_OTHER };
  const shape = shapeOf(podSpecSchema);
  if (shape.type !== 'object') return null;
  const spec = walkObject(w, node as Node, shape, section.path, keyNode, 'strict', 0);
  const entries = new Map(spec.entries ?? []);
  const value: Record<string, unknown> = { ...(spec.value as Record<string, unknown>) };
  const meta = shapeOf(objectMetaSchema);
  if (section.metadataPath && meta.type === 'object') {
    for (const key of ['labels', 'annotations']) {
      const metaPath = [...section.metadataPath, key];
      const at = nodeAtPath(ctx.doc, metaPath);
      const schema = meta.fields.get(key);
      if (!at.node || !schema) continue;
      const loc = walkValue({ ctx }, at.node, schema, metaPath, at.keyNode, 'strict', 1);
      entries.set(key, loc);
      if (loc.value !== null) value[key] = loc.value;
    }
  }
  return located(value, section.path, node, keyNode, entries);
}
