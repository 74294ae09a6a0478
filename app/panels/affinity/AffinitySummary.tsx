import type { form } from '../../../src/index';
import { summarizeScheduling } from '../../../src/index';
import { summaryInput } from './affinityModel';

/** What the affinity means in plain words, from the core's scheduling summary. */
export function AffinitySummary({ affinity }: { readonly affinity: form.View }) {
  const lines = summarizeScheduling(summaryInput(affinity));
  if (lines.length === 0) {
    return (
      <p data-testid="affinity-summary" className="m-0">
        No affinity rules: the pods may run on any node the other settings allow.
      </p>
    );
  }
  return (
    <ul data-testid="affinity-summary" className="m-0 list-disc pl-4">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
