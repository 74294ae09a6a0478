import type { ReactNode } from 'react';
import type { Path } from '../../../src/index';
import { useFieldDoc } from '../../form/FormContext';

interface SubHeadingProps {
  readonly id: string;
  /** The field this heading introduces: its help comes from the core's schemas. */
  readonly path: Path;
  readonly children: ReactNode;
  readonly hint?: string;
}

/** The title of one part of the affinity panel, with the field's help under it. */
export function SubHeading({ id, path, children, hint }: SubHeadingProps) {
  const doc = useFieldDoc(path);
  const help = hint ?? doc?.description;
  return (
    <div className="flex flex-col gap-0.5">
      <h4
        id={id}
        className="m-0 text-xs font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300"
      >
        {children}
      </h4>
      {help && <p className="m-0 text-xs text-slate-500 dark:text-slate-400">{help}</p>}
    </div>
  );
}
