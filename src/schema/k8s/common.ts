import { z } from 'zod';
import { doc, field } from '../field';
import { localObjectReferenceDoc, quantityDoc } from '../docs/common';

/** Smallest value of a Kubernetes `int32` field. */
export const INT32_MIN = -2147483648;
/** Largest value of a Kubernetes `int32` field. */
export const INT32_MAX = 2147483647;

/** A Kubernetes `int32`: an integer within the 32-bit signed range. */
export const int32Schema = z.number().int().min(INT32_MIN).max(INT32_MAX);

/** A Kubernetes `int64` (the walker cannot represent more than JavaScript's safe integers). */
export const int64Schema = z.number().int();

/** A list of plain strings. */
export const stringListSchema = z.array(z.string());

/** A mapping of strings to strings, as labels and annotations are. */
export const stringMapSchema = z.record(z.string(), z.string());

/**
 * A Kubernetes resource quantity such as `500m`, `1.5`, `64Mi` or `2`. Written as a string in
 * manifests; an integer is also accepted by the API.
 */
export const quantitySchema = doc(z.union([z.string(), z.number()]), quantityDoc);

/** A reference to an object by name in the same namespace (`{name}`). */
export const localObjectReferenceSchema = doc(
  z.object({
    name: field(z.string(), localObjectReferenceDoc.fields.name),
  }),
  localObjectReferenceDoc,
);
