import { useState, type ReactNode } from 'react';
import type { FixOption, Issue } from '../../../src/index';
import { SMALL_BUTTON } from './RowButtons';

type GetFixes = (issue: Issue) => Promise<FixOption[]>;
type ApplyFix = (fix: FixOption) => void;

/** The fixes offered for one issue, and where they are shown (the `at` given to `fix`). */
interface Shown {
  readonly at: number;
  readonly options: readonly FixOption[];
}

export interface FixChoices {
  /** The choices on show, or null when none are. */
  readonly shown: Shown | null;
  /** Asks the core for the fixes of `issue`: applies the only one, or shows them all at `at`. */
  readonly fix: (issue: Issue, at?: number) => Promise<void>;
  /** Applies the fix picked among those shown, and hides them. */
  readonly choose: ApplyFix;
}

/**
 * A Fix button's logic: the core's fixes of an issue are computed when asked for; when there is
 * exactly one it is applied, otherwise the choices (or that none applies any more) are shown. Does
 * nothing while `getFixes` or `applyFix` is missing.
 */
export function useFixChoices(getFixes: GetFixes | undefined, applyFix: ApplyFix | undefined): FixChoices {
  const [shown, setShown] = useState<Shown | null>(null);
  const fix = async (issue: Issue, at = 0): Promise<void> => {
    if (!getFixes || !applyFix) return;
    const options = await getFixes(issue);
    if (options.length === 1 && options[0]) applyFix(options[0]);
    else setShown({ at, options });
  };
  const choose = (option: FixOption): void => {
    setShown(null);
    applyFix?.(option);
  };
  return { shown, fix, choose };
}

interface FixChoiceButtonsProps {
  readonly options: readonly FixOption[];
  readonly onChoose: ApplyFix;
  /** Shown instead when no fix applies any more (the text changed since the issue was found). */
  readonly empty: ReactNode;
}

/** One button per fix to choose from, titled by the fix. */
export function FixChoiceButtons({ options, onChoose, empty }: FixChoiceButtonsProps) {
  return (
    <>
      {options.length === 0 && empty}
      {options.map((option) => (
        <button key={option.title} type="button" className={SMALL_BUTTON} onClick={() => onChoose(option)}>
          {option.title}
        </button>
      ))}
    </>
  );
}
