import { ENVIRONMENT_FIELD_NAMES } from '../../src/index';
import { FormScope } from '../form/FormScope';
import { AffinityPanel } from './affinity/AffinityPanel';
import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';
import { SchedulingPanel } from './SchedulingPanel';
import { SecurityContextPanel } from './security/SecurityContextPanel';
import { TolerationsPanel } from './TolerationsPanel';
import { DnsPanel } from './DnsPanel';
import { HostAliasesPanel } from './HostAliasesPanel';
import { DNS_FIELDS, SCHEDULING_FIELDS, SECURITY_FIELDS } from './panelScopes';

/** Every field of V1Environment; the form shows a control for each. */
export const ENVIRONMENT_FIELDS = ENVIRONMENT_FIELD_NAMES;

/**
 * The panels, made once: each sees only its own fields (FormScope), so an edit or a check result
 * re-renders the panels it is about and React skips the others.
 */
const PANELS = (
  <>
    <FormScope fields={['labels']}>
      <MapPanel field="labels" />
    </FormScope>
    <FormScope fields={['annotations']}>
      <MapPanel field="annotations" />
    </FormScope>
    <FormScope fields={['nodeSelector']}>
      <MapPanel field="nodeSelector" />
    </FormScope>
    <FormScope fields={['affinity']}>
      <AffinityPanel />
    </FormScope>
    <FormScope fields={['tolerations']}>
      <TolerationsPanel />
    </FormScope>
    <FormScope fields={SCHEDULING_FIELDS}>
      <SchedulingPanel />
    </FormScope>
    <FormScope fields={SECURITY_FIELDS}>
      <SecurityContextPanel />
    </FormScope>
    <FormScope fields={DNS_FIELDS}>
      <DnsPanel />
    </FormScope>
    <FormScope fields={['hostAliases']}>
      <HostAliasesPanel />
    </FormScope>
    <FormScope fields={['imagePullSecrets']}>
      <ImagePullSecretsPanel />
    </FormScope>
  </>
);

/** The environment form, panel by panel. */
export function EnvironmentPanels() {
  return PANELS;
}
