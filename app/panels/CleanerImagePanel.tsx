import { form as core } from '../../src/index';
import { ChoiceField } from '../form/controls/ChoiceField';
import { TextField } from '../form/controls/TextField';
import { useForm } from '../form/FormContext';
import { Panel } from '../form/Panel';

const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'].map((value) => ({ value }));

/** The cleaner's image: name, tag and pull policy. */
export function CleanerImagePanel() {
  const { root } = useForm();
  const image = core.field(root, 'image');
  const tag = core.field(root, 'imageTag');
  const policy = core.field(root, 'imagePullPolicy');
  const shown = `${core.scalarText(image.value) || 'polyaxon/polyaxon-init'}:${core.scalarText(tag.value) || '<Polyaxon version>'}`;
  return (
    <Panel
      id="cleanerImage"
      title="Image"
      paths={[image.path, tag.path, policy.path]}
      summary={<code className="font-mono">{shown}</code>}
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <TextField at={image} label="Image" placeholder="polyaxon/polyaxon-init" />
        <TextField at={tag} label="Image tag" placeholder="(the Polyaxon version)" />
        <ChoiceField
          at={policy}
          label="Image pull policy"
          options={PULL_POLICIES}
          unsetLabel="(not set: IfNotPresent)"
        />
      </div>
    </Panel>
  );
}
