import { form as core } from '../../src/index';
import { StringList } from '../form/controls/StringList';
import { useForm } from '../form/FormContext';
import { Panel } from '../form/Panel';

/** Names of the registry secrets (Polyaxon takes plain names, not `{name: …}` objects). */
export function ImagePullSecretsPanel() {
  const { root } = useForm();
  const at = core.field(root, 'imagePullSecrets');
  return (
    <Panel id="imagePullSecrets" title="Image pull secrets" paths={[at.path]}>
      <StringList at={at} noun="image pull secret" placeholder="registry-credentials" />
    </Panel>
  );
}
