/**
 * Unix user and group IDs (`runAsUser`, `runAsGroup`, `fsGroup`, `supplementalGroups`).
 *
 * Bound used: current Kubernetes apimachinery (`pkg/util/validation/validation.go`,
 * `IsValidUserID` / `IsValidGroupID`) defines `maxUserID = maxGroupID = 0xffffffff`
 * (uint32 max, 4294967295). The comment above those constants still speaks of
 * libcontainer's `1<<31 - 1`, which is the bound older releases enforced
 * (`math.MaxInt32`, 2147483647); {@link LEGACY_MAX_ID} keeps that value for reference.
 */
import { inclusiveRangeError } from './messages';

/** Smallest user or group ID (0, root). */
export const MIN_ID = 0;
/** Largest user ID accepted by current Kubernetes (uint32 max). */
export const MAX_USER_ID = 0xffffffff;
/** Largest group ID accepted by current Kubernetes (uint32 max). */
export const MAX_GROUP_ID = 0xffffffff;
/** Largest ID accepted by older Kubernetes releases (int32 max). */
export const LEGACY_MAX_ID = 0x7fffffff;

/** Checks a user ID: a whole number in 0..4294967295. */
export function isValidUserId(n: number): string[] {
  return checkId(n, MAX_USER_ID);
}

/** Checks a group ID: a whole number in 0..4294967295. */
export function isValidGroupId(n: number): string[] {
  return checkId(n, MAX_GROUP_ID);
}

function checkId(n: number, max: number): string[] {
  if (!Number.isInteger(n)) return ['must be a whole number'];
  if (n < MIN_ID || n > max) return [inclusiveRangeError(MIN_ID, max)];
  return [];
}
