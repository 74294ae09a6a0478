import { form as core } from '../../../src/index';
import { asInteger, TextField } from '../../form/controls/TextField';

/** The weight of a preferred term, a whole number from 1 to 100 (the core says when it is not). */
export function WeightField({ term, label }: { readonly term: core.View; readonly label: string }) {
  return (
    <TextField
      at={core.field(term, 'weight')}
      label={label}
      parse={asInteger}
      placeholder="1–100"
      hint="1 to 100: how much a match counts; the weights of all matching terms are added up."
      className="max-w-xs"
    />
  );
}
