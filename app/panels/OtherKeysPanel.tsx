import { formatPath, form as core } from '../../src/index';
import { useForm } from '../form/FormContext';

/** Keys the form has no control for: they stay in the YAML as written, and are listed here. */
export function OtherKeys({ known }: { readonly known: readonly string[] }) {
  const { root } = useForm();
  const others = core.otherKeys(root, known);
  if (others.length === 0) return null;
  return (
    <section
      data-panel="other-keys"
      className="rounded-lg border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700"
    >
      <h3 className="text-sm font-semibold">Kept in the YAML only</h3>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        The form has no control for these keys; they stay in the YAML untouched. See the problems list for
        what the check says about them.
      </p>
      <ul className="mt-1 flex flex-wrap gap-1">
        {others.map((k) => (
          <li key={k}>
            <code
              data-other-key={formatPath([...root.path, k])}
              className="rounded bg-slate-100 px-1 dark:bg-slate-800"
            >
              {k}
            </code>
          </li>
        ))}
      </ul>
    </section>
  );
}
