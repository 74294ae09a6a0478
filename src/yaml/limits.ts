/**
 * The longest text the checker and the editor read by default (1 MiB of UTF-16 code units).
 * The YAML reader takes seconds per megabyte; an environment or Polyaxon file is a few kilobytes.
 */
export const MAX_TEXT_LENGTH = 1 << 20;

/** `5.0 MB` */
export function megabytes(length: number): string {
  return `${(length / (1 << 20)).toFixed(1)} MB`;
}
