import { useId } from 'react';

interface RadioGroupProps<T extends string> {
  readonly legend: string;
  /** Prefix of each radio's `data-testid` (`${name}-${value}`). */
  readonly name: string;
  readonly choices: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A labelled group of radio buttons (arrow keys move the choice, as in any radio group). */
export function RadioGroup<T extends string>({ legend, name, choices, value, onChange }: RadioGroupProps<T>) {
  const group = useId();
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-slate-600 dark:text-slate-400">{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className="flex items-center gap-2">
          <input
            type="radio"
            name={group}
            value={choice.value}
            checked={choice.value === value}
            data-testid={`${name}-${choice.value}`}
            className="focus:outline-2 focus:outline-indigo-500"
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
