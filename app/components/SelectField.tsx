import { useId } from 'react';
import type { Choice } from '../state/options';

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly choices: readonly Choice<T>[];
  readonly onChange: (value: T) => void;
  readonly testId: string;
}

/** A labelled select over a fixed list of string choices. */
export function SelectField<T extends string>({
  label,
  value,
  choices,
  onChange,
  testId,
}: SelectFieldProps<T>) {
  // useId gives ids like «r1», which cannot clobber DOM properties (stack notes gotcha 9).
  const id = useId();
  const pick = (raw: string): void => {
    const choice = choices.find((c) => c.value === raw);
    if (choice) onChange(choice.value);
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600 dark:text-slate-400">
        {label}
      </label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        onChange={(event) => pick(event.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-800"
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
