/**
 * Kubernetes' checks of WindowsSecurityContextOptions.runAsUserName
 * (validateWindowsSecurityContextOptions): `DOMAIN\user` or `user`, where the domain is a NetBIOS
 * or DNS name and the user name is at most 104 characters without `"/\:;|=,+*?<>@[]`.
 * Returns the error messages, like Kubernetes (empty list = valid).
 */
export function isValidWindowsUserName(value: string): string[] {
  if (value.length === 0) return ['runAsUserName cannot be an empty string'];
  if (CONTROL.test(value)) return ['runAsUserName cannot contain control characters'];
  const parts = value.split('\\');
  if (parts.length > 2) return ['runAsUserName cannot contain more than one backslash'];
  const domain = parts.length === 2 ? (parts[0] ?? '') : null;
  const user = parts[parts.length - 1] ?? '';
  const errors: string[] = [];
  if (domain !== null && domain.length >= MAX_DOMAIN_LENGTH) {
    errors.push(`the domain must be under ${MAX_DOMAIN_LENGTH} characters`);
  }
  if (domain !== null && !NETBIOS.test(domain) && !DNS_DOMAIN.test(domain)) {
    errors.push('the domain is neither a NetBIOS name nor a DNS name');
  }
  if (user.length === 0) errors.push('the user name cannot be empty');
  else if (user.length > MAX_USER_LENGTH) {
    errors.push(`the user name must not be longer than ${MAX_USER_LENGTH} characters`);
  }
  if (ONLY_DOTS_SPACES.test(user)) errors.push('the user name cannot be only periods or spaces');
  if (BAD_USER_CHARS.test(user)) {
    errors.push('the user name cannot contain any of the characters "/\\:;|=,+*?<>@[]');
  }
  return errors;
}

/** Largest gmsaCredentialSpec Kubernetes accepts, in bytes (64 KiB). */
export const MAX_GMSA_CREDENTIAL_SPEC_BYTES = 64 * 1024;

const MAX_DOMAIN_LENGTH = 256;
const MAX_USER_LENGTH = 104;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/;
const DNS_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const DNS_DOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
const ONLY_DOTS_SPACES = /^[. ]+$/;
const BAD_USER_CHARS = /["/\\:;|=,+*?<>@[\]]/;
