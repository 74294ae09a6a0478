import { form as core } from '../../src/index';
import { BOOL_OPTIONS, ChoiceField } from '../form/controls/ChoiceField';
import { asInteger, TextField } from '../form/controls/TextField';
import { useForm } from '../form/FormContext';
import { Panel } from '../form/Panel';
import { SCHEDULING_FIELDS } from './panelScopes';

const RESTART_POLICIES = ['Never', 'OnFailure', 'Always', 'ExitCode'].map((value) => ({ value }));

/** Where the pods run and as whom: names, priority, restart policy, host namespaces. */
export function SchedulingPanel() {
  const { root } = useForm();
  const f = (name: string) => core.field(root, name);
  return (
    <Panel id="scheduling" title="Scheduling and identity" paths={SCHEDULING_FIELDS.map((n) => f(n).path)}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <TextField at={f('nodeName')} label="Node name" placeholder="(any node)" />
        <TextField at={f('serviceAccountName')} label="Service account" placeholder="(namespace default)" />
        <TextField at={f('schedulerName')} label="Scheduler" placeholder="default-scheduler" />
        <TextField at={f('priorityClassName')} label="Priority class" placeholder="(none)" />
        <TextField
          at={f('priority')}
          label="Priority"
          parse={asInteger}
          placeholder="(from the priority class)"
        />
        <ChoiceField at={f('restartPolicy')} label="Restart policy" options={RESTART_POLICIES} />
        <ChoiceField
          at={f('hostNetwork')}
          label="Host network"
          options={BOOL_OPTIONS}
          unsetLabel="(not set: false)"
        />
        <ChoiceField
          at={f('hostPID')}
          label="Host PID namespace"
          options={BOOL_OPTIONS}
          unsetLabel="(not set: false)"
        />
      </div>
    </Panel>
  );
}
