/**
 * Container resource names (`resources.requests` / `resources.limits` keys), re-implemented
 * from Kubernetes pkg/apis/core/validation/validation.go (`validateResourceName`,
 * `validateContainerResourceName`) and pkg/apis/core/helper/helpers.go
 * (`IsStandardContainerResourceName`, `IsHugePageResourceName`, `IsNativeResource`,
 * `IsExtendedResourceName`, `IsHugePageResourceValueDivisible`).
 *
 * Two places where this module is stricter than the API server's name check:
 * - `hugepages-<size>`: Kubernetes accepts any name with the `hugepages-` prefix, but then
 *   rejects every amount unless `<size>` is a positive whole quantity ("… is not positive
 *   integer multiple of hugepages-…"), so a bad size is reported here, on the name;
 * - names containing `kubernetes.io/` (Kubernetes' own namespace, "native" resources): the API
 *   server accepts any such name, but no container resource other than the standard ones
 *   exists there, so no node offers it and the pod can never be scheduled.
 */
import { isQualifiedName } from './names';
import { isWholeNumber, parseQuantity, type Quantity } from './quantity';

/** Resource names a container may always request. */
export const STANDARD_CONTAINER_RESOURCES: readonly string[] = ['cpu', 'memory', 'ephemeral-storage'];
/** Prefix of huge page resources (`hugepages-2Mi`). */
export const HUGEPAGES_PREFIX = 'hugepages-';
/** Kubernetes' own resource namespace; names containing it are "native". */
export const NATIVE_RESOURCE_NAMESPACE = 'kubernetes.io/';
/** Quota prefix that extended resource names must not start with. */
const REQUESTS_PREFIX = 'requests.';

const STANDARD_NAMES =
  'must be a standard resource for containers (cpu, memory, ephemeral-storage or hugepages-<size>), ' +
  'or an extended resource with a domain prefix such as example.com/<name>';

const ALIASES: Readonly<Record<string, string>> = {
  mem: 'memory',
  ram: 'memory',
  storage: 'ephemeral-storage',
  disk: 'ephemeral-storage',
  ephemeralstorage: 'ephemeral-storage',
  ephemeral_storage: 'ephemeral-storage',
  gpu: 'nvidia.com/gpu',
  'nvidia-gpu': 'nvidia.com/gpu',
  cpus: 'cpu',
  cores: 'cpu',
};

/** True when the name starts with `hugepages-` (Kubernetes checks the prefix only). */
export function isHugePageResourceName(name: string): boolean {
  return name.startsWith(HUGEPAGES_PREFIX);
}

/**
 * True for names in Kubernetes' own namespace: no '/' at all, or containing `kubernetes.io/`
 * anywhere (Kubernetes uses a substring test, so `example.kubernetes.io/x` counts too).
 */
export function isNativeResourceName(name: string): boolean {
  return !name.includes('/') || name.includes(NATIVE_RESOURCE_NAMESPACE);
}

/**
 * True for an extended resource name such as `nvidia.com/gpu`: not native, not starting with
 * `requests.`, and still a valid qualified name once `requests.` is put in front (so the
 * domain may be at most 244 characters).
 */
export function isExtendedResourceName(name: string): boolean {
  if (isNativeResourceName(name) || name.startsWith(REQUESTS_PREFIX)) return false;
  return isQualifiedName(REQUESTS_PREFIX + name).length === 0;
}

/** The page size of a huge page resource name (`hugepages-2Mi` → 2Mi), if it parses. */
export function hugePageSize(name: string): Quantity | undefined {
  if (!isHugePageResourceName(name)) return undefined;
  const parsed = parseQuantity(name.slice(HUGEPAGES_PREFIX.length));
  return parsed.ok ? parsed.quantity : undefined;
}

/**
 * Checks a key of a container's `resources.requests` / `resources.limits`. Accepts `cpu`,
 * `memory`, `ephemeral-storage`, `hugepages-<size>` and extended resources with a domain
 * prefix (`nvidia.com/gpu`); rejects other names without a domain, names in the
 * `kubernetes.io/` namespace and malformed names.
 */
export function validateContainerResourceName(name: string): string[] {
  const errors = isQualifiedName(name);
  if (!name.includes('/')) {
    if (isHugePageResourceName(name)) {
      const size = hugePageSize(name);
      if (!size || size.numerator <= 0n || !isWholeNumber(size)) {
        errors.push(
          `the page size after '${HUGEPAGES_PREFIX}' must be a positive whole quantity such as 2Mi or 1Gi ` +
            `(Kubernetes rejects every amount of '${name}')`,
        );
      }
    } else if (!STANDARD_CONTAINER_RESOURCES.includes(name)) {
      errors.push(STANDARD_NAMES + suggestion(name));
    }
    return errors;
  }
  if (errors.length > 0) return errors;
  if (name.includes(NATIVE_RESOURCE_NAMESPACE)) {
    const last = name.slice(name.lastIndexOf('/') + 1);
    errors.push(
      `'${NATIVE_RESOURCE_NAMESPACE}' names are reserved for Kubernetes and no container resource '${name}' exists ` +
        `(Kubernetes accepts the name but no node offers it, so the pod is never scheduled); ` +
        `use cpu, memory, ephemeral-storage, hugepages-<size>, or your own domain such as example.com/${last}`,
    );
  } else if (!isExtendedResourceName(name)) {
    errors.push(`doesn't follow extended resource name standard: ${extendedProblem(name)}`);
  }
  return errors;
}

function suggestion(name: string): string {
  const lower = name.toLowerCase();
  if (STANDARD_CONTAINER_RESOURCES.includes(lower)) return ` (did you mean '${lower}'?)`;
  const alias = ALIASES[lower];
  if (alias !== undefined) return ` (did you mean '${alias}'?)`;
  if (lower.startsWith('hugepages')) return " (write it as 'hugepages-2Mi')";
  return '';
}

function extendedProblem(name: string): string {
  if (name.startsWith(REQUESTS_PREFIX)) return `it must not start with '${REQUESTS_PREFIX}'`;
  return `the domain prefix must be at most ${253 - REQUESTS_PREFIX.length} characters`;
}
