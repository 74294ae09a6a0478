import type { CheckResult } from '../../src/index';

interface DetectedSummaryProps {
  readonly result: CheckResult;
  /** True while the text shown is newer than the result (a check is running). */
  readonly checking?: boolean;
}

/** What the core recognised in the text, and which sections it judged. */
export function DetectedSummary({ result, checking = false }: DetectedSummaryProps) {
  const { detected, sections } = result;
  return (
    <div className="text-sm" data-testid="detected" data-format={detected.format} aria-busy={checking}>
      <p>
        <span className="text-slate-500 dark:text-slate-400">Detected: </span>
        {detected.description}
      </p>
      {sections.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-1" aria-label="Checked sections">
          {sections.map((section) => (
            <li
              key={`${section.doc}:${section.label}`}
              className="rounded bg-slate-200 px-1.5 py-0.5 font-mono text-xs dark:bg-slate-800"
            >
              {section.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
