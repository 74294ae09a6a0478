import type { KindChoice, PolicyChoice } from '../state/options';
import { KIND_CHOICES, POLICY_CHOICES } from '../state/options';
import { SelectField } from './SelectField';

interface OptionsBarProps {
  readonly kind: KindChoice;
  readonly policy: PolicyChoice;
  readonly onKindChange: (kind: KindChoice) => void;
  readonly onPolicyChange: (policy: PolicyChoice) => void;
}

export function OptionsBar({ kind, policy, onKindChange, onPolicyChange }: OptionsBarProps) {
  return (
    <div className="flex flex-wrap gap-4">
      <SelectField
        label="Section kind"
        value={kind}
        choices={KIND_CHOICES}
        onChange={onKindChange}
        testId="kind-select"
      />
      <SelectField
        label="Security policy"
        value={policy}
        choices={POLICY_CHOICES}
        onChange={onPolicyChange}
        testId="policy-select"
      />
    </div>
  );
}
