import { useState, type ReactNode } from 'react';
import { FormProvider, useForm, type FormApi } from './FormContext';
import { narrowForm } from './narrowForm';

interface FormScopeProps {
  /** The section fields the panel inside reads and edits (documented camelCase names). */
  readonly fields: readonly string[];
  readonly children: ReactNode;
}

/**
 * Gives the panel inside a form API holding only its own fields and their issues (`narrowForm`),
 * the same object as long as those did not change. Given an element that does not change either
 * (a constant), React then skips the panel on every edit or check that is not about it.
 */
export function FormScope({ fields, children }: FormScopeProps) {
  const api = useForm();
  const [scoped, setScoped] = useState<FormApi>(() => narrowForm(api, fields, null));
  const next = narrowForm(api, fields, scoped);
  // React's "adjust state on change": the render goes on with `next`.
  if (next !== scoped) setScoped(next);
  return <FormProvider value={next}>{children}</FormProvider>;
}
