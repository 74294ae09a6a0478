import type { PssFinding } from '../rules/policy/finding';
import { pssFindings, pssVerdict, type PssProfile } from '../rules/policy/verdict';
import { ENVIRONMENT_FIELD_NAMES } from '../schema/fieldNames';
import { field, type View } from './view';

/** The Pod Security Standards profile an environment allows, and the checks it fails. */
export interface PodSecurity {
  readonly verdict: PssProfile;
  readonly findings: readonly PssFinding[];
}

/**
 * The Pod Security Standards verdict of the environment the form shows (`pssVerdict`), read with
 * its fields in their documented spelling (a snake_case spelling counts) and nulls left out.
 */
export function podSecurity(root: View): PodSecurity {
  const value: Record<string, unknown> = {};
  for (const name of ENVIRONMENT_FIELD_NAMES) {
    const v = field(root, name).value;
    if (v !== undefined && v !== null) value[name] = v;
  }
  return { verdict: pssVerdict(value, 'environment'), findings: pssFindings(value, 'environment') };
}
