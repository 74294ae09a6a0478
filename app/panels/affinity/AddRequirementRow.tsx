import { useState, type KeyboardEvent } from 'react';
import type { Path } from '../../../src/index';
import { formatPath } from '../../../src/index';
import { INPUT_CLASS } from '../../form/controls/FieldShell';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm } from '../../form/FormContext';
import {
  FIELD_KEY_LIST_ID,
  NODE_KEY_LIST_ID,
  newRequirement,
  OPERATORS,
  parseWeight,
  valuesMode,
  type RequirementKind,
} from './affinityModel';
import { REQUIREMENT_GRID } from './RequirementRow';

interface AddRequirementRowProps {
  /** The list the new item goes into (the `data-path` of the row's controls). */
  readonly listPath: Path;
  readonly kind: RequirementKind;
  /** Accessible name of the row's inputs, e.g. "new required node term". */
  readonly what: string;
  readonly buttonLabel: string;
  /** Also ask for a weight (preferred terms). */
  readonly weighted?: boolean;
  readonly onAdd: (requirement: Record<string, unknown>, weight: number) => void;
}

const PLACEHOLDERS = { list: 'values: a, b', single: 'a whole number', none: '(no values)' } as const;

/**
 * A small row that adds a complete requirement (key, operator, values) at once, so the YAML never
 * gets a half-made item; the item is then edited in place.
 */
export function AddRequirementRow({
  listPath,
  kind,
  what,
  buttonLabel,
  weighted = false,
  onAdd,
}: AddRequirementRowProps) {
  const { readOnly } = useForm();
  const [key, setKey] = useState(kind === 'field' ? 'metadata.name' : '');
  const [operator, setOperator] = useState('In');
  const [values, setValues] = useState('');
  const [weight, setWeight] = useState('50');
  const mode = valuesMode(operator);
  const weightValue = parseWeight(weight);
  const ready = key.trim() !== '' && (!weighted || weightValue !== null);
  const dataPath = formatPath(listPath);
  const add = (): void => {
    if (!ready) return;
    onAdd(newRequirement(key, operator, values), weightValue ?? 0);
    setKey(kind === 'field' ? 'metadata.name' : '');
    setValues('');
  };
  const onEnter = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  const keyList = kind === 'node' ? NODE_KEY_LIST_ID : kind === 'field' ? FIELD_KEY_LIST_ID : undefined;
  return (
    <div
      className="flex flex-col gap-1 rounded-md border border-dashed border-slate-300 p-1.5 dark:border-slate-700"
      data-add-row={dataPath}
    >
      <div className={REQUIREMENT_GRID}>
        <input
          aria-label={`Key of the ${what}`}
          data-path={dataPath}
          data-part="new-key"
          className={`${INPUT_CLASS} font-mono`}
          placeholder={kind === 'label' ? 'label key, e.g. app' : 'node label key'}
          value={key}
          list={keyList}
          disabled={readOnly}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setKey(event.target.value)}
          onKeyDown={onEnter}
        />
        <select
          aria-label={`Operator of the ${what}`}
          data-path={dataPath}
          data-part="new-operator"
          className={INPUT_CLASS}
          value={operator}
          disabled={readOnly}
          onChange={(event) => setOperator(event.target.value)}
        >
          {OPERATORS[kind].map((op) => (
            <option key={op} value={op}>
              {op}
            </option>
          ))}
        </select>
        <input
          aria-label={`Values of the ${what}`}
          data-path={dataPath}
          data-part="new-values"
          className={`${INPUT_CLASS} font-mono`}
          placeholder={PLACEHOLDERS[mode]}
          value={mode === 'none' ? '' : values}
          disabled={readOnly || mode === 'none'}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => setValues(event.target.value)}
          onKeyDown={onEnter}
        />
        <button
          type="button"
          data-path={dataPath}
          data-part="add"
          className={SMALL_BUTTON}
          disabled={readOnly || !ready}
          onClick={add}
        >
          {buttonLabel}
        </button>
      </div>
      {weighted && (
        <label className="flex items-center gap-2 text-xs whitespace-nowrap text-slate-700 dark:text-slate-300">
          Weight (1–100)
          <input
            aria-label={`Weight of the ${what}`}
            data-path={dataPath}
            data-part="new-weight"
            className={`${INPUT_CLASS} w-20 font-mono`}
            inputMode="numeric"
            value={weight}
            disabled={readOnly}
            onChange={(event) => setWeight(event.target.value)}
            onKeyDown={onEnter}
          />
          {weightValue === null && (
            <span className="text-amber-700 dark:text-amber-400">type a whole number</span>
          )}
        </label>
      )}
    </div>
  );
}
