import { cleanerImageFix } from './fixes/cleanerImage';
import { resourcesFlatFix } from './fixes/cleanerResources';
import { duplicateFieldFix } from './fixes/duplicateField';
import { duplicateKeyFix } from './fixes/duplicateKey';
import { enumValueFix } from './fixes/enumValue';
import { hostPidFix, hostProcessFix } from './fixes/hostSettings';
import { misplacedEnvironmentFix } from './fixes/misplaced';
import { misplacedFieldFix } from './fixes/misplacedField';
import { nullValueFix } from './fixes/nullValue';
import { priorityFix } from './fixes/priority';
import { localhostProfileFix } from './fixes/profiles';
import { pullSecretItemFix, pullSecretNameFix, pullSecretObjectFix } from './fixes/pullSecrets';
import { quantityFix } from './fixes/quantity';
import { quoteScalarFix } from './fixes/quoteScalar';
import { removeSafeFix, removeSuggestionFix } from './fixes/removals';
import { renameKeyFix } from './fixes/renameKey';
import { extendedLimitFix, requestLimitFix } from './fixes/resourceLimits';
import { restartPolicyFix } from './fixes/restartPolicy';
import { unquoteFix } from './fixes/scalarType';
import { defaultValueFix, hostNetworkDnsFix, replacementValueFix } from './fixes/suggestedValue';
import { tabIndentFix } from './fixes/tabs';
import { tolerationEmptyKeyFix, tolerationSecondsFix } from './fixes/tolerations';
import { wrapListFix } from './fixes/wrapList';
import type { Fix } from './types';

/** Every fix, in the order their options are offered for a code. */
export const FIXES: readonly Fix[] = [
  enumValueFix,
  restartPolicyFix,
  renameKeyFix,
  quoteScalarFix,
  unquoteFix,
  wrapListFix,
  pullSecretObjectFix,
  pullSecretItemFix,
  pullSecretNameFix,
  resourcesFlatFix,
  cleanerImageFix,
  removeSafeFix,
  removeSuggestionFix,
  tolerationSecondsFix,
  tolerationEmptyKeyFix,
  priorityFix,
  hostPidFix,
  hostProcessFix,
  hostNetworkDnsFix,
  replacementValueFix,
  defaultValueFix,
  localhostProfileFix,
  quantityFix,
  requestLimitFix,
  extendedLimitFix,
  nullValueFix,
  duplicateFieldFix,
  duplicateKeyFix,
  tabIndentFix,
  misplacedEnvironmentFix,
  misplacedFieldFix,
];

const BY_CODE: ReadonlyMap<string, readonly Fix[]> = (() => {
  const map = new Map<string, Fix[]>();
  for (const fix of FIXES) for (const code of fix.codes) map.set(code, [...(map.get(code) ?? []), fix]);
  return map;
})();

/** The fixes registered for an issue code. */
export function fixesForCode(code: string): readonly Fix[] {
  return BY_CODE.get(code) ?? [];
}

/** Every code some fix handles. */
export function fixableCodes(): string[] {
  return [...BY_CODE.keys()].sort();
}
