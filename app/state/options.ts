/** The choices of the kind and policy selects, typed against the core's options. */
import type { CheckOptions } from '../../src/index';

export type KindChoice = CheckOptions['kind'];
export type PolicyChoice = CheckOptions['policy'];

export interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

export const KIND_CHOICES = [
  { value: 'auto', label: 'Detect automatically' },
  { value: 'environment', label: 'environment' },
  { value: 'cleaner', label: 'cleaner' },
] as const satisfies readonly Choice<KindChoice>[];

export const POLICY_CHOICES = [
  { value: 'none', label: 'None (findings as info)' },
  { value: 'baseline', label: 'Pod Security baseline' },
  { value: 'restricted', label: 'Pod Security restricted' },
] as const satisfies readonly Choice<PolicyChoice>[];

export function isKindChoice(value: string): value is KindChoice {
  return KIND_CHOICES.some((choice) => choice.value === value);
}

export function isPolicyChoice(value: string): value is PolicyChoice {
  return POLICY_CHOICES.some((choice) => choice.value === value);
}
