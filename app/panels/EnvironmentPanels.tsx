import { ENVIRONMENT_FIELD_NAMES } from '../../src/index';
import { AffinityPanel } from './affinity/AffinityPanel';
import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';
import { SchedulingPanel } from './SchedulingPanel';
import { SecurityContextPanel } from './security/SecurityContextPanel';
import { TolerationsPanel } from './TolerationsPanel';
import { DnsPanel } from './DnsPanel';
import { HostAliasesPanel } from './HostAliasesPanel';

/** Every field of V1Environment; the form shows a control for each. */
export const ENVIRONMENT_FIELDS = ENVIRONMENT_FIELD_NAMES;

/** The environment form, panel by panel. */
export function EnvironmentPanels() {
  return (
    <>
      <MapPanel field="labels" />
      <MapPanel field="annotations" />
      <MapPanel field="nodeSelector" />
      <AffinityPanel />
      <TolerationsPanel />
      <SchedulingPanel />
      <SecurityContextPanel />
      <DnsPanel />
      <HostAliasesPanel />
      <ImagePullSecretsPanel />
    </>
  );
}
