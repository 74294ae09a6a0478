/**
 * clipped `to_snake_case` (clipped/utils/strings.py), which Polyaxon's `_validate_schema` applies
 * to the top-level keys of Kubernetes sub-objects before calling the kubernetes-client model:
 *
 *   regex1 = ([A-Z]+)([A-Z][a-z])  → \1_\2   (split an acronym from the next word)
 *   regex2 = ([a-z\d])([A-Z])      → \1_\2   (split a word from the next capital)
 *   then lower-case everything.
 *
 * `runAsUser` → `run_as_user`, `RunAsUser` → `run_as_user`, `hostPID` → `host_pid`,
 * `podIPs` → `pod_i_ps` (the same name kubernetes-client's generator gives that attribute).
 */

// Python's `\d` in a str pattern is any Unicode decimal digit (category Nd).
const ACRONYM_THEN_WORD = /([A-Z]+)([A-Z][a-z])/gu;
const LOWER_THEN_UPPER = /([a-z\p{Nd}])([A-Z])/gu;

/** Polyaxon/clipped `to_snake_case(name)`. */
export function toSnakeCase(name: string): string {
  return name.replace(ACRONYM_THEN_WORD, '$1_$2').replace(LOWER_THEN_UPPER, '$1_$2').toLowerCase();
}
