import { isMap } from 'yaml';
import {
  compareQuantities,
  isNegative,
  isWholeNumber,
  parseQuantity,
  type Quantity,
} from '../../k8s/quantity';
import {
  isExtendedResourceName,
  isHugePageResourceName,
  validateContainerResourceName,
} from '../../k8s/resourceName';
import { child, entriesOf, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';

const BYTE_RESOURCES = new Set(['memory', 'ephemeral-storage']);

interface Amount {
  readonly loc: Located;
  readonly quantity: Quantity;
}

/** Parses and checks one requests/limits mapping; returns the amounts that parsed. */
function readAmounts(ctx: RuleContext, list: Located | undefined, which: string): Map<string, Amount> {
  const out = new Map<string, Amount>();
  for (const [name, loc] of entriesOf(list)) {
    const nameErrors = validateContainerResourceName(name);
    if (nameErrors.length > 0) {
      ctx.report({
        code: 'resource-name-invalid',
        message: `${name} is not a resource a container can ask for: ${nameErrors.join('; ')}`,
        at: loc,
        onKey: true,
      });
    }
    const raw = loc.value;
    if (typeof raw !== 'string' && typeof raw !== 'number') continue;
    if (typeof raw === 'number' && !Number.isInteger(raw)) continue;
    const parsed = parseQuantity(String(raw));
    if (!parsed.ok) {
      ctx.report({
        code: 'quantity-invalid',
        message: `${which}.${name}: "${String(raw)}" is not a quantity: ${parsed.reason}`,
        at: loc,
      });
      continue;
    }
    const q = parsed.quantity;
    if (isNegative(q)) {
      ctx.report({ code: 'quantity-negative', message: `${which}.${name} must not be negative`, at: loc });
      continue;
    }
    if (BYTE_RESOURCES.has(name) && !isWholeNumber(q)) {
      ctx.report({
        code: 'quantity-fractional-bytes',
        message:
          `${which}.${name} = ${String(raw)} is not a whole number of bytes (m means milli here, not mega); ` +
          `write e.g. 64Mi or 64M`,
        at: loc,
      });
    }
    if (isExtendedResourceName(name) && !isWholeNumber(q)) {
      ctx.report({
        code: 'extended-resource-fraction',
        message: `${which}.${name} must be a whole number; extended resources cannot be shared in fractions`,
        at: loc,
      });
    }
    out.set(name, { loc, quantity: q });
  }
  return out;
}

/** Kubernetes' ResourceRequirements checks, for the cleaner container. */
export const resourcesRule: Rule = {
  id: 'cleaner-resources',
  appliesTo: ['cleaner'],
  run(ctx) {
    const resources = child(ctx.root, 'resources');
    if (!resources || resources.value === null) return;
    if (isMap(resources.node) && resources.node.items.length === 0) {
      ctx.report({
        code: 'cleaner-resources-empty',
        message:
          'resources: {} replaces the default requests and limits with none, so the cleaner runs unbounded; ' +
          'remove it to keep the defaults, or give requests and limits',
        at: resources,
      });
      return;
    }
    const requests = readAmounts(ctx, child(resources, 'requests'), 'requests');
    const limits = readAmounts(ctx, child(resources, 'limits'), 'limits');
    for (const [name, request] of requests) {
      const limit = limits.get(name);
      if (limit && compareQuantities(request.quantity, limit.quantity) > 0) {
        ctx.report({
          code: 'request-exceeds-limit',
          message: `requests.${name} (${String(request.loc.value)}) must be less than or equal to limits.${name} (${String(limit.loc.value)})`,
          at: request.loc,
        });
      }
      if (
        isExtendedResourceName(name) &&
        (!limit || compareQuantities(request.quantity, limit.quantity) !== 0)
      ) {
        ctx.report({
          code: 'extended-resource-needs-limit',
          message: `${name} cannot be overcommitted: set limits.${name} equal to the request (${String(request.loc.value)})`,
          at: request.loc,
        });
      }
    }
    const all = new Set([...requests.keys(), ...limits.keys()]);
    const hasCpuOrMemory = ['cpu', 'memory'].some((n) => all.has(n));
    for (const name of all) {
      if (!isHugePageResourceName(name) || hasCpuOrMemory) continue;
      const at = (requests.get(name) ?? limits.get(name))?.loc;
      if (at) {
        ctx.report({
          code: 'hugepages-needs-cpu-memory',
          message: `${name} needs a cpu or memory request or limit as well`,
          at,
          onKey: true,
        });
      }
    }
    const claims = child(resources, 'claims');
    if (claims?.items && claims.items.length > 0) {
      ctx.report({
        code: 'resource-claims-unsupported',
        message:
          'claims must name a resource claim of the pod, and Polyaxon cannot declare one for the cleaner; remove claims',
        at: claims,
      });
    }
  },
};
