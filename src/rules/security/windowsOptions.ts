import { childIn, isSet, str, type Located } from '../../judge/located';
import type { Rule, RuleContext } from '../../judge/rule';
import { byteLength } from '../../k8s/messages';
import { isDns1123Subdomain } from '../../k8s/names';
import { isValidWindowsUserName, MAX_GMSA_CREDENTIAL_SPEC_BYTES } from '../../k8s/windowsUser';
import { brief } from '../metadata/brief';

function checkGmsaName(ctx: RuleContext, loc: Located | undefined): void {
  const name = str(loc);
  if (!loc || name === undefined) return;
  const errors = isDns1123Subdomain(name);
  if (errors.length === 0) return;
  ctx.report({
    code: 'windows-gmsa-name-invalid',
    message:
      `gmsaCredentialSpecName "${name}" is not valid: ${brief(errors)}; it names a GMSACredentialSpec ` +
      'resource, so write a DNS subdomain such as webapp-gmsa',
    at: loc,
  });
}

function checkGmsaSpec(ctx: RuleContext, loc: Located | undefined): void {
  const spec = str(loc);
  if (!loc || spec === undefined) return;
  const size = byteLength(spec);
  if (size > 0 && size <= MAX_GMSA_CREDENTIAL_SPEC_BYTES) return;
  ctx.report({
    code: 'windows-gmsa-spec-invalid',
    message:
      size === 0
        ? 'gmsaCredentialSpec cannot be an empty string; remove it or give the credential spec JSON'
        : `gmsaCredentialSpec is ${size} bytes; Kubernetes accepts at most 64 KiB`,
    at: loc,
  });
}

function checkUserName(ctx: RuleContext, loc: Located | undefined): void {
  const name = str(loc);
  if (!loc || name === undefined) return;
  const errors = isValidWindowsUserName(name);
  if (errors.length === 0) return;
  ctx.report({
    code: 'windows-user-name-invalid',
    message:
      `runAsUserName "${name}" is not valid: ${brief(errors)}; write a Windows user such as ` +
      'ContainerUser or NT AUTHORITY\\NETWORK SERVICE',
    at: loc,
  });
}

/** Kubernetes' validateWindowsSecurityContextOptions on the pod-level windowsOptions. */
export const windowsOptionsRule: Rule = {
  id: 'security-windows-options',
  appliesTo: ['environment', 'podSpec'],
  run(ctx) {
    const options = childIn(ctx.root, ['securityContext', 'windowsOptions']);
    if (!isSet(options)) return;
    checkGmsaName(ctx, childIn(options, ['gmsaCredentialSpecName']));
    checkGmsaSpec(ctx, childIn(options, ['gmsaCredentialSpec']));
    checkUserName(ctx, childIn(options, ['runAsUserName']));
  },
};
