import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { presetsFor, type EditResult, type Preset } from '../../src/index';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import type { FormTargetChoice } from '../state/formTarget';

interface PresetsMenuProps {
  readonly target: FormTargetChoice;
  /** Why presets cannot be added right now (read-only form, no section to add to); null when they can. */
  readonly disabledReason: string | null;
  /** The newest text (edits start from it). */
  readonly getText: () => string;
  /** The app's one edit path: applies an EditResult as one undo step. */
  readonly onResult: (result: EditResult) => void;
}

const STATUS_MS = 12_000;

/** Why the Presets button is disabled, or null: the form must be editable and have a section to add to. */
export function presetsDisabledReason(readOnly: boolean, canAdd: boolean, format: string): string | null {
  if (readOnly) return 'The YAML does not parse; fix it before adding a preset';
  if (canAdd) return null;
  return format === 'manifest'
    ? 'A Kubernetes manifest has no environment or cleaner section; import it as an environment first'
    : 'This document has no environment or cleaner section to add a preset to';
}

/**
 * "Presets…": a menu of ready-made blocks for the current section kind. Choosing one merges it into
 * the section through the app's edit path (one undo step) and shows what was kept in a status line.
 */
export function PresetsMenu({ target, disabledReason, getText, onResult }: PresetsMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const trigger = useRef<HTMLButtonElement | null>(null);
  const wrapper = useRef<HTMLDivElement | null>(null);
  const menu = useRef<HTMLUListElement | null>(null);
  const id = useId();
  const presets = presetsFor(target.kind);

  const close = (refocus: boolean): void => {
    setOpen(false);
    if (refocus) trigger.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent): void => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useEffect(() => {
    if (status === '') return;
    const timer = window.setTimeout(() => setStatus(''), STATUS_MS);
    return () => window.clearTimeout(timer);
  }, [status]);

  const apply = async (preset: Preset): Promise<void> => {
    close(true);
    // Merging checks the result with the core's rules: loaded on first use (state/onDemand.ts).
    const { applyPreset } = await import('../state/onDemand');
    const { result, notes } = applyPreset(getText(), target, preset.id);
    if (!result.ok) {
      onResult(result);
      setStatus(`Could not add “${preset.title}”.`);
      return;
    }
    if (result.splices.length > 0) onResult(result);
    const head = result.splices.length > 0 ? [`Added “${preset.title}”`] : [];
    setStatus(`${[...head, ...notes].join('; ')}.`.replace(/^./, (c) => c.toUpperCase()));
  };

  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>): void => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    const go = (index: number): void => {
      event.preventDefault();
      items[(index + items.length) % items.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(items.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  return (
    <div
      ref={wrapper}
      className="relative flex items-center gap-2"
      onBlur={(event) => {
        // Tabbing out of the menu closes it.
        const next = event.relatedTarget as Node | null;
        if (open && next && !wrapper.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={trigger}
        type="button"
        className={SMALL_BUTTON}
        data-testid="presets-open"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        disabled={disabledReason !== null}
        title={disabledReason ?? `Add a ready-made block to the ${target.kind} section`}
        onClick={() => setOpen((o) => !o)}
      >
        Presets…
      </button>
      {open && (
        <ul
          ref={menu}
          id={`${id}-menu`}
          role="menu"
          aria-label={`Presets for the ${target.kind} section`}
          data-testid="presets-menu"
          onKeyDown={onMenuKey}
          className="absolute top-full left-0 z-50 mt-1 flex max-h-[70vh] w-[min(26rem,90vw)] flex-col overflow-y-auto rounded-md border border-slate-300 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          {presets.map((preset) => (
            <li key={preset.id} role="none">
              <button
                type="button"
                role="menuitem"
                data-preset-id={preset.id}
                aria-labelledby={`${id}-${preset.id}-title`}
                aria-describedby={`${id}-${preset.id}-desc`}
                onClick={() => void apply(preset)}
                className="w-full rounded px-2 py-1.5 text-left hover:bg-slate-100 focus:bg-indigo-50 focus:outline-2 focus:outline-indigo-500 dark:hover:bg-slate-800 dark:focus:bg-indigo-950"
              >
                <span id={`${id}-${preset.id}-title`} className="block text-sm font-medium">
                  {preset.title}
                </span>
                <span
                  id={`${id}-${preset.id}-desc`}
                  className="block text-xs text-slate-600 dark:text-slate-400"
                >
                  {preset.description}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p
        role="status"
        data-testid="presets-status"
        className="max-w-md text-xs text-slate-700 dark:text-slate-300"
      >
        {status}
      </p>
    </div>
  );
}
