import { CLEANER_FIELD_NAMES } from '../../src/index';
import { CleanerHpaPanel } from './CleanerHpaPanel';
import { CleanerImagePanel } from './CleanerImagePanel';
import { AffinityPanel } from './affinity/AffinityPanel';
import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';
import { ResourcesPanel } from './ResourcesPanel';
import { TolerationsPanel } from './TolerationsPanel';

/** Every field of V1PolyaxonCleaner the form edits. */
export const CLEANER_FIELDS = CLEANER_FIELD_NAMES;

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
