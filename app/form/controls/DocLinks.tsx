import { useMemo } from 'react';
import type { Path } from '../../../src/index';
import { fieldDocLinks } from '../../../src/index';
import { useForm } from '../FormContext';

const LINK_CLASS =
  'rounded text-indigo-700 underline decoration-dotted underline-offset-2 hover:decoration-solid focus:outline-2 focus:outline-indigo-500 dark:text-indigo-300';

/** The section field that `path` is, when it is one (a top-level key of the section), else null. */
export function useSectionField(path: Path): string | null {
  const { root } = useForm();
  const rel = path.slice(root.path.length);
  return rel.length === 1 && typeof rel[0] === 'string' ? rel[0] : null;
}

/**
 * Small links to the Polyaxon and Kubernetes pages of one section field (opened in a new tab;
 * nothing is fetched). Renders nothing when the field has no documented page.
 */
export function DocLinks({ field, className }: { readonly field: string; readonly className?: string }) {
  const { kind } = useForm();
  const links = useMemo(() => fieldDocLinks(kind, [field]), [kind, field]);
  if (links.polyaxon === undefined && links.kubernetes === undefined) return null;
  return (
    <span className={`flex shrink-0 gap-2 text-xs font-normal ${className ?? ''}`} data-doc-links={field}>
      {links.polyaxon !== undefined && (
        <a
          href={links.polyaxon}
          target="_blank"
          rel="noreferrer"
          aria-label={`Polyaxon docs for ${field}`}
          className={LINK_CLASS}
        >
          Polyaxon docs
        </a>
      )}
      {links.kubernetes !== undefined && (
        <a
          href={links.kubernetes}
          target="_blank"
          rel="noreferrer"
          aria-label={`Kubernetes docs for ${field}`}
          className={LINK_CLASS}
        >
          Kubernetes docs
        </a>
      )}
    </span>
  );
}
