/**
 * Kubernetes name formats: qualified names (label keys), label values, DNS-1123 labels and
 * subdomains, annotation keys and the annotation size limit. Re-implemented from
 * apimachinery `pkg/api/validate/content` (kube.go, dns.go), `pkg/util/validation` and
 * `pkg/api/validation/objectmeta.go`. Lengths are counted in UTF-8 bytes like Go's `len()`.
 */
import { byteLength, emptyError, maxLenError, regexError } from './messages';

const LABEL_KEY_FMT = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const LABEL_KEY_ERR =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_KEY_RE = new RegExp(`^${LABEL_KEY_FMT}$`);

const LABEL_VALUE_FMT = `(${LABEL_KEY_FMT})?`;
const LABEL_VALUE_ERR =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const LABEL_VALUE_RE = new RegExp(`^${LABEL_VALUE_FMT}$`);

const DNS1123_LABEL_FMT = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const DNS1123_LABEL_ERR =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const DNS1123_LABEL_RE = new RegExp(`^${DNS1123_LABEL_FMT}$`);

const DNS1123_SUBDOMAIN_FMT = `${DNS1123_LABEL_FMT}(\\.${DNS1123_LABEL_FMT})*`;
const DNS1123_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1123_SUBDOMAIN_RE = new RegExp(`^${DNS1123_SUBDOMAIN_FMT}$`);

const UNDERSCORE_LABEL_FMT = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const UNDERSCORE_SUBDOMAIN_FMT = `${UNDERSCORE_LABEL_FMT}(\\.${UNDERSCORE_LABEL_FMT})*`;
const UNDERSCORE_SUBDOMAIN_ERR =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
const UNDERSCORE_SUBDOMAIN_RE = new RegExp(`^${UNDERSCORE_SUBDOMAIN_FMT}$`);

/** Longest name part of a qualified name, and longest label value (63). */
export const QUALIFIED_NAME_MAX_LENGTH = 63;
/** Longest label value (63). */
export const LABEL_VALUE_MAX_LENGTH = 63;
/** Longest DNS-1123 label (63). */
export const DNS1123_LABEL_MAX_LENGTH = 63;
/** Longest DNS-1123 subdomain (253). */
export const DNS1123_SUBDOMAIN_MAX_LENGTH = 253;
/** Total size of all annotation keys and values of one object, in bytes (256 KiB). */
export const TOTAL_ANNOTATION_SIZE_LIMIT = 262144;

/**
 * Checks a qualified name (the label-key format): an optional DNS-1123 subdomain prefix of at
 * most 253 characters and a '/', then a name of at most 63 characters matching
 * `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`. At most one '/' is allowed.
 * Mirrors `content.IsLabelKey` (alias `validation.IsQualifiedName`).
 */
export function isQualifiedName(value: string): string[] {
  const errors: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) {
    name = value;
  } else if (parts.length === 2) {
    const prefix = parts[0] ?? '';
    name = parts[1] ?? '';
    if (prefix.length === 0) {
      errors.push(`prefix part ${emptyError()}`);
    } else {
      for (const message of isDns1123Subdomain(prefix)) errors.push(`prefix part ${message}`);
    }
  } else {
    return [
      `a valid label key ${regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}` +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ];
  }
  if (name.length === 0) {
    errors.push(`name part ${emptyError()}`);
  } else if (byteLength(name) > QUALIFIED_NAME_MAX_LENGTH) {
    errors.push(`name part ${maxLenError(QUALIFIED_NAME_MAX_LENGTH)}`);
  }
  if (!LABEL_KEY_RE.test(name)) {
    errors.push(`name part ${regexError(LABEL_KEY_ERR, LABEL_KEY_FMT, 'MyName', 'my.name', '123-abc')}`);
  }
  return errors;
}

/**
 * Checks a label value: empty, or at most 63 characters matching the qualified-name pattern.
 * Mirrors `content.IsLabelValue` (alias `validation.IsValidLabelValue`).
 */
export function isValidLabelValue(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > LABEL_VALUE_MAX_LENGTH) errors.push(maxLenError(LABEL_VALUE_MAX_LENGTH));
  if (!LABEL_VALUE_RE.test(value)) {
    errors.push(regexError(LABEL_VALUE_ERR, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  }
  return errors;
}

/**
 * Checks a DNS-1123 label: at most 63 lower-case alphanumerics or '-', starting and ending with
 * an alphanumeric, no dots. Mirrors `IsDNS1123Label`, including its "must not contain dots"
 * message for values that are valid subdomains.
 */
export function isDns1123Label(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_LABEL_MAX_LENGTH) errors.push(maxLenError(DNS1123_LABEL_MAX_LENGTH));
  if (!DNS1123_LABEL_RE.test(value)) {
    if (DNS1123_SUBDOMAIN_RE.test(value)) {
      errors.push('must not contain dots');
    } else {
      errors.push(regexError(DNS1123_LABEL_ERR, DNS1123_LABEL_FMT, 'my-name', '123-abc'));
    }
  }
  return errors;
}

/**
 * Checks a DNS-1123 subdomain: at most 253 characters, dot-separated DNS-1123 labels, lower
 * case only, no '_'. Mirrors `IsDNS1123Subdomain`.
 */
export function isDns1123Subdomain(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH)
    errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!DNS1123_SUBDOMAIN_RE.test(value)) {
    errors.push(regexError(DNS1123_SUBDOMAIN_ERR, DNS1123_SUBDOMAIN_FMT, 'example.com'));
  }
  return errors;
}

/**
 * Like {@link isDns1123Subdomain} but each label may also contain '_' and start with one
 * (`_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?`). Mirrors `IsDNS1123SubdomainWithUnderscore`, used for
 * `dnsConfig.searches` under RelaxedDNSSearchValidation.
 */
export function isDns1123SubdomainWithUnderscore(value: string): string[] {
  const errors: string[] = [];
  if (byteLength(value) > DNS1123_SUBDOMAIN_MAX_LENGTH)
    errors.push(maxLenError(DNS1123_SUBDOMAIN_MAX_LENGTH));
  if (!UNDERSCORE_SUBDOMAIN_RE.test(value)) {
    errors.push(regexError(UNDERSCORE_SUBDOMAIN_ERR, UNDERSCORE_SUBDOMAIN_FMT, 'example.com'));
  }
  return errors;
}

/**
 * Checks an annotation key. `ValidateAnnotations` applies the qualified-name rule to the
 * lower-cased key ("case doesn't matter"), so `Example.COM/Team` is accepted.
 */
export function isValidAnnotationKey(value: string): string[] {
  return isQualifiedName(value.toLowerCase());
}

/**
 * Total annotation size as `ValidateAnnotationsSize` counts it: the UTF-8 byte length of every
 * key plus every value. Compare with {@link TOTAL_ANNOTATION_SIZE_LIMIT} (more is rejected).
 */
export function annotationsSize(entries: Iterable<[string, string]>): number {
  let total = 0;
  for (const [key, value] of entries) total += byteLength(key) + byteLength(value);
  return total;
}
