import type { ReactNode } from 'react';
import { formatPath, form as core } from '../../../src/index';
import { KeptKeysList, NotAMappingNote } from '../../form/controls/KeptAsWritten';
import { ChoiceField } from '../../form/controls/ChoiceField';
import { IssueList } from '../../form/controls/IssueList';
import { StringList } from '../../form/controls/StringList';
import { TextField } from '../../form/controls/TextField';
import { useFieldDoc, useIssuesAt } from '../../form/FormContext';

const PROFILE_TYPES = ['RuntimeDefault', 'Localhost', 'Unconfined'].map((value) => ({ value }));

/** A titled group of fields; `at` gives its help text and the issues about the group itself. */
export function FieldGroup({
  at,
  title,
  children,
}: {
  readonly at: core.View;
  readonly title: string;
  readonly children: ReactNode;
}) {
  const doc = useFieldDoc(at.path);
  const issues = useIssuesAt(at.path);
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" data-group={formatPath(at.path)}>
      <legend className="text-xs font-semibold text-slate-700 dark:text-slate-300">{title}</legend>
      {doc?.description && <p className="text-xs text-slate-500 dark:text-slate-400">{doc.description}</p>}
      <IssueList issues={issues} />
      {at.value !== undefined && at.value !== null && !core.isMapping(at) ? (
        <NotAMappingNote at={at} />
      ) : (
        <>
          {children}
          <KeptKeysList at={at} />
        </>
      )}
    </fieldset>
  );
}

/** seccompProfile or appArmorProfile: a type, and localhostProfile for type Localhost. */
export function ProfileFields({
  at,
  title,
  localhostPlaceholder,
}: {
  readonly at: core.View;
  readonly title: string;
  readonly localhostPlaceholder: string;
}) {
  const type = core.field(at, 'type');
  const local = core.field(at, 'localhostProfile');
  // Also shown when written with another type, so the core's issue about it has a place.
  const showLocal = type.value === 'Localhost' || local.value !== undefined;
  return (
    <FieldGroup at={at} title={title}>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <ChoiceField at={type} label={`${title} type`} options={PROFILE_TYPES} />
        {showLocal && <TextField at={local} label="Localhost profile" placeholder={localhostPlaceholder} />}
      </div>
    </FieldGroup>
  );
}

/** A list of strings with a label and the help of its field. */
export function LabelledList({
  at,
  label,
  noun,
  list,
  placeholder,
}: {
  readonly at: core.View;
  readonly label: string;
  readonly noun: string;
  readonly list?: string;
  readonly placeholder?: string;
}) {
  const doc = useFieldDoc(at.path);
  return (
    <div role="group" aria-label={label} className="flex min-w-0 flex-col gap-1">
      <span className="text-xs font-medium text-slate-700 dark:text-slate-300">{label}</span>
      <StringList
        at={at}
        noun={noun}
        {...(list === undefined ? {} : { list })}
        {...(placeholder === undefined ? {} : { placeholder })}
      />
      {doc?.description && <p className="text-xs text-slate-500 dark:text-slate-400">{doc.description}</p>}
    </div>
  );
}
