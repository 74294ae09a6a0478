import { z } from 'zod';

/**
 * How Polyaxon's own model reads a field's value, before Kubernetes sees it.
 * - `strictStr`: a string; anything else is rejected (pydantic StrictStr).
 * - `laxBool`: pydantic bool: true/false, 1/0, and yes/no/on/off/y/n/t/f/true/false strings.
 * - `laxInt`: pydantic int: 5, "5", " 5 ", 5.0; true becomes 1; 5.5 and "1e3" are rejected.
 * - `genericStrMap`: mapping with StrictStr keys; values coerced to strings (numbers and booleans
 *   as JSON text); null values rejected.
 * - `strictStrMap`: mapping of StrictStr to StrictStr.
 * - `strList`: list of StrictStr.
 * - `k8sObject`: a Kubernetes model built from the mapping: its top-level keys are snake-cased
 *   and must be fields of the model; nothing below is checked by Polyaxon.
 * - `k8sList`: a list of `k8sObject` items (a single mapping is rejected).
 * - `literal`: one of the field's enum values, case-sensitive.
 * - `any`: accepted as is (not validated).
 */
export type PxReading =
  | 'strictStr'
  | 'laxBool'
  | 'laxInt'
  | 'genericStrMap'
  | 'strictStrMap'
  | 'strList'
  | 'k8sObject'
  | 'k8sList'
  | 'literal'
  | 'any';

export interface PxMeta {
  /** How Polyaxon reads the value. */
  readonly reading: PxReading;
  /** The Python field name (snake_case), also accepted as a key by Polyaxon. */
  readonly pyName: string;
  /** Polyaxon rejects an empty mapping here (`dnsConfig: {}` skips the validator and fails). */
  readonly rejectsEmpty?: boolean;
}

/** Polyaxon-level metadata for the fields of V1Environment and V1PolyaxonCleaner. */
export const pxRegistry = z.registry<PxMeta>();
