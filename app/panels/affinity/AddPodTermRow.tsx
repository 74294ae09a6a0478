import { useState, type KeyboardEvent } from 'react';
import type { Path } from '../../../src/index';
import { formatPath } from '../../../src/index';
import { INPUT_CLASS } from '../../form/controls/FieldShell';
import { SMALL_BUTTON } from '../../form/controls/RowButtons';
import { useForm } from '../../form/FormContext';
import { parseWeight, selectorFromText, TOPOLOGY_LIST_ID } from './affinityModel';

interface AddPodTermRowProps {
  readonly listPath: Path;
  /** Accessible name of the row's inputs, e.g. "new required anti-affinity term". */
  readonly what: string;
  readonly buttonLabel: string;
  readonly weighted?: boolean;
  readonly onAdd: (term: Record<string, unknown>, weight: number) => void;
}

/**
 * Adds a whole pod affinity term at once: the pods (`app=trainer`, or a bare key for "has the
 * label") and the topology key, plus a weight for preferred terms.
 */
export function AddPodTermRow({ listPath, what, buttonLabel, weighted = false, onAdd }: AddPodTermRowProps) {
  const { readOnly } = useForm();
  const [pods, setPods] = useState('');
  const [topology, setTopology] = useState('kubernetes.io/hostname');
  const [weight, setWeight] = useState('50');
  const selector = selectorFromText(pods);
  const weightValue = parseWeight(weight);
  const ready = selector !== null && topology.trim() !== '' && (!weighted || weightValue !== null);
  const dataPath = formatPath(listPath);
  const add = (): void => {
    if (!ready) return;
    onAdd({ labelSelector: selector, topologyKey: topology.trim() }, weightValue ?? 0);
    setPods('');
  };
  const onEnter = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  };
  return (
    <div
      className="grid grid-cols-1 items-start gap-1 rounded-md border border-dashed border-slate-300 p-1.5 @lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] dark:border-slate-700"
      data-add-row={dataPath}
    >
      <input
        aria-label={`Pod labels of the ${what}`}
        data-path={dataPath}
        data-part="new-selector"
        className={`${INPUT_CLASS} font-mono`}
        placeholder="pods with label, e.g. app=trainer"
        value={pods}
        disabled={readOnly}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setPods(event.target.value)}
        onKeyDown={onEnter}
      />
      <input
        aria-label={`Topology key of the ${what}`}
        data-path={dataPath}
        data-part="new-topology-key"
        className={`${INPUT_CLASS} font-mono`}
        placeholder="topology key"
        list={TOPOLOGY_LIST_ID}
        value={topology}
        disabled={readOnly}
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => setTopology(event.target.value)}
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
