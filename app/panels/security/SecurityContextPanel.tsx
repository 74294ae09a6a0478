import { useMemo, type ReactNode } from 'react';
import { POD_DROPPED_SECURITY_FIELDS, form as core } from '../../../src/index';
import { BOOL_OPTIONS, ChoiceField } from '../../form/controls/ChoiceField';
import { asInteger, TextField } from '../../form/controls/TextField';
import { useForm } from '../../form/FormContext';
import { Panel } from '../../form/Panel';
import { PssVerdictBox, VerdictChip } from './PssVerdictBox';
import { KeptKeysList, NotAMappingNote } from '../../form/controls/KeptAsWritten';
import { FieldGroup, LabelledList, ProfileFields } from './SecurityParts';

/** Capability names offered while typing (written without the CAP_ prefix). */
const CAPABILITIES = [
  'ALL',
  'NET_BIND_SERVICE',
  'NET_RAW',
  'NET_ADMIN',
  'SYS_ADMIN',
  'SYS_PTRACE',
  'SYS_TIME',
  'SYS_RESOURCE',
  'SYS_CHROOT',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'SETGID',
  'SETUID',
  'SETPCAP',
  'SETFCAP',
  'MKNOD',
  'AUDIT_WRITE',
  'IPC_LOCK',
  'BPF',
  'PERFMON',
];

/** SELinux types the baseline standard allows, offered for seLinuxOptions.type. */
const SELINUX_TYPES = ['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];

const PROC_MOUNTS = ['Default', 'Unmasked'].map((value) => ({ value }));

function SuggestionList({ id, values }: { readonly id: string; readonly values: readonly string[] }) {
  return (
    <datalist id={id}>
      {values.map((v) => (
        <option key={v} value={v} />
      ))}
    </datalist>
  );
}

/** The control of one container-only field, by name. */
function containerOnlyControl(sc: core.View, name: string): ReactNode {
  const at = core.field(sc, name);
  switch (name) {
    case 'privileged':
      return <ChoiceField at={at} label="Privileged" options={BOOL_OPTIONS} unsetLabel="(not set: false)" />;
    case 'allowPrivilegeEscalation':
      return <ChoiceField at={at} label="Allow privilege escalation" options={BOOL_OPTIONS} />;
    case 'readOnlyRootFilesystem':
      return (
        <ChoiceField
          at={at}
          label="Read-only root filesystem"
          options={BOOL_OPTIONS}
          unsetLabel="(not set: false)"
        />
      );
    case 'procMount':
      return <ChoiceField at={at} label="Proc mount" options={PROC_MOUNTS} unsetLabel="(not set: Default)" />;
    case 'capabilities':
      return (
        <FieldGroup at={at} title="Capabilities">
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <LabelledList
              at={core.field(at, 'add')}
              label="Capabilities to add"
              noun="added capability"
              list="linux-capabilities"
              placeholder="NET_BIND_SERVICE"
            />
            <LabelledList
              at={core.field(at, 'drop')}
              label="Capabilities to drop"
              noun="dropped capability"
              list="linux-capabilities"
              placeholder="ALL"
            />
          </div>
        </FieldGroup>
      );
    default:
      return null;
  }
}

/**
 * `environment.securityContext`: written as a container SecurityContext, applied by Polyaxon to
 * the pod. Pod-level fields first, then the container-only ones Polyaxon drops (the core's list).
 */
export function SecurityContextPanel() {
  const { root } = useForm();
  const sc = core.field(root, 'securityContext');
  const verdict = useMemo(() => core.podSecurity(root).verdict, [root]);
  const f = (name: string) => core.field(sc, name);
  const notAMapping = sc.value !== undefined && sc.value !== null && !core.isMapping(sc);
  const dropped = POD_DROPPED_SECURITY_FIELDS;
  const windows = f('windowsOptions');
  return (
    <Panel
      id="securityContext"
      title="Security context"
      paths={[sc.path]}
      summary={
        <span className="inline-flex items-center gap-1">
          Pod Security Standards: <VerdictChip verdict={verdict} />
        </span>
      }
    >
      <SuggestionList id="linux-capabilities" values={CAPABILITIES} />
      <SuggestionList id="selinux-types" values={SELINUX_TYPES} />
      <PssVerdictBox />
      {notAMapping ? (
        <NotAMappingNote at={sc} />
      ) : (
        <>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            <TextField at={f('runAsUser')} label="Run as user" parse={asInteger} placeholder="(image user)" />
            <TextField
              at={f('runAsGroup')}
              label="Run as group"
              parse={asInteger}
              placeholder="(runtime default)"
            />
            <ChoiceField at={f('runAsNonRoot')} label="Run as non-root" options={BOOL_OPTIONS} />
          </div>
          <ProfileFields
            at={f('seccompProfile')}
            title="Seccomp profile"
            localhostPlaceholder="profiles/audit.json"
          />
          <ProfileFields
            at={f('appArmorProfile')}
            title="AppArmor profile"
            localhostPlaceholder="k8s-apparmor-example"
          />
          <FieldGroup at={f('seLinuxOptions')} title="SELinux options">
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-4">
              <TextField at={core.field(f('seLinuxOptions'), 'user')} label="SELinux user" />
              <TextField at={core.field(f('seLinuxOptions'), 'role')} label="SELinux role" />
              <TextField
                at={core.field(f('seLinuxOptions'), 'type')}
                label="SELinux type"
                list="selinux-types"
                placeholder="container_t"
              />
              <TextField
                at={core.field(f('seLinuxOptions'), 'level')}
                label="SELinux level"
                placeholder="s0:c123,c456"
              />
            </div>
          </FieldGroup>
          <section
            data-testid="dropped-security-fields"
            aria-label="Container-only fields"
            className="flex flex-col gap-3 rounded-md border border-amber-300 p-2 dark:border-amber-800"
          >
            <p className="text-xs text-amber-800 dark:text-amber-300">
              <span className="font-semibold">Dropped at pod level. </span>
              Polyaxon places environment.securityContext on the pod, whose security context has no{' '}
              {dropped.map((name, i) => (
                <span key={name}>
                  <code>{name}</code>
                  {i < dropped.length - 2 ? ', ' : i === dropped.length - 2 ? ' or ' : ''}
                </span>
              ))}
              : Kubernetes silently drops them. Set them in the run&apos;s container.securityContext instead;
              here they only show what the YAML says.
            </p>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
              {dropped
                .filter((name) => name !== 'capabilities')
                .map((name) => (
                  <div key={name}>{containerOnlyControl(sc, name)}</div>
                ))}
            </div>
            {dropped.includes('capabilities') && containerOnlyControl(sc, 'capabilities')}
          </section>
          <details open={windows.value !== undefined} className="flex flex-col gap-2">
            <summary className="cursor-pointer text-xs font-semibold text-slate-700 dark:text-slate-300">
              Windows options
            </summary>
            <FieldGroup at={windows} title="Windows options">
              <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                <TextField
                  at={core.field(windows, 'gmsaCredentialSpecName')}
                  label="GMSA credential spec name"
                />
                <TextField at={core.field(windows, 'gmsaCredentialSpec')} label="GMSA credential spec" />
                <TextField at={core.field(windows, 'runAsUserName')} label="Run as user name" />
                <ChoiceField
                  at={core.field(windows, 'hostProcess')}
                  label="Host process"
                  options={BOOL_OPTIONS}
                  unsetLabel="(not set: false)"
                />
              </div>
            </FieldGroup>
          </details>
          <KeptKeysList at={sc} />
        </>
      )}
    </Panel>
  );
}
