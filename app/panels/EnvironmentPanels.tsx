import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';
import { SchedulingPanel } from './SchedulingPanel';

/** Every field of V1Environment; the form shows a control for each. */
export const ENVIRONMENT_FIELDS = [
  'labels',
  'annotations',
  'nodeSelector',
  'affinity',
  'tolerations',
  'nodeName',
  'serviceAccountName',
  'hostAliases',
  'securityContext',
  'imagePullSecrets',
  'hostNetwork',
  'hostPID',
  'dnsPolicy',
  'dnsConfig',
  'schedulerName',
  'priorityClassName',
  'priority',
  'restartPolicy',
] as const;

/** The environment form, panel by panel. */
export function EnvironmentPanels() {
  return (
    <>
      <MapPanel field="labels" />
      <MapPanel field="annotations" />
      <MapPanel field="nodeSelector" />
      {/* panel: affinity */}
      {/* panel: tolerations */}
      <SchedulingPanel />
      {/* panel: security context */}
      {/* panel: dns */}
      {/* panel: host aliases */}
      <ImagePullSecretsPanel />
    </>
  );
}
