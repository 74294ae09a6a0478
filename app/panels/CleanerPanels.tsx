import { FormScope } from '../form/FormScope';
import { CleanerHpaPanel } from './CleanerHpaPanel';
import { CleanerImagePanel } from './CleanerImagePanel';
import { AffinityPanel } from './affinity/AffinityPanel';
import { ImagePullSecretsPanel } from './ImagePullSecretsPanel';
import { MapPanel } from './MetadataPanels';
import { ResourcesPanel } from './ResourcesPanel';
import { TolerationsPanel } from './TolerationsPanel';

/** The panels, made once, each seeing only its own fields (as in EnvironmentPanels). */
const PANELS = (
  <>
    <FormScope fields={['image', 'imageTag', 'imagePullPolicy']}>
      <CleanerImagePanel />
    </FormScope>
    <FormScope fields={['resources']}>
      <ResourcesPanel />
    </FormScope>
    <FormScope fields={['hpa']}>
      <CleanerHpaPanel />
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
    <FormScope fields={['imagePullSecrets']}>
      <ImagePullSecretsPanel />
    </FormScope>
  </>
);

/** The cleaner form, panel by panel. */
export function CleanerPanels() {
  return PANELS;
}
