import { CleanerHpaPanel } from './CleanerHpaPanel';
import { CleanerImagePanel } from './CleanerImagePanel';
import { AffinityPanel } from './affinity/AffinityPanel';
import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';
import { ResourcesPanel } from './ResourcesPanel';
import { TolerationsPanel } from './TolerationsPanel';

/** The cleaner form, panel by panel. */
export function CleanerPanels() {
  return (
    <>
      <CleanerImagePanel />
      <ResourcesPanel />
      <CleanerHpaPanel />
      <MapPanel field="nodeSelector" />
      <AffinityPanel />
      <TolerationsPanel />
      <ImagePullSecretsPanel />
    </>
  );
}
