import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';

/** Every field of V1PolyaxonCleaner the form edits. */
export const CLEANER_FIELDS = [
  'image',
  'imageTag',
  'imagePullPolicy',
  'resources',
  'nodeSelector',
  'affinity',
  'tolerations',
  'imagePullSecrets',
  'hpa',
] as const;

/** The cleaner form, panel by panel. */
export function CleanerPanels() {
  return (
    <>
      {/* panel: cleaner image */}
      {/* panel: cleaner resources */}
      <MapPanel field="nodeSelector" />
      {/* panel: affinity */}
      {/* panel: tolerations */}
      <ImagePullSecretsPanel />
    </>
  );
}
