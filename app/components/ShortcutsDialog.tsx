import { Fragment } from 'react';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import {
  comboKeys,
  comboNote,
  combosFor,
  SCOPE_TITLES,
  SHORTCUTS,
  type KeyCombo,
  type Shortcut,
  type ShortcutScope,
} from '../keyboard/shortcuts';
import { isMac } from '../keyboard/useShortcuts';
import { Dialog } from './Dialog';

const KBD =
  'rounded border border-slate-300 bg-slate-100 px-1 font-mono text-xs text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100';

function Combo({ combo, mac }: { combo: KeyCombo; mac: boolean }) {
  const keys = comboKeys(combo, mac);
  const note = comboNote(combo);
  return (
    <span className="whitespace-nowrap">
      {keys.map((k, i) => (
        <Fragment key={i}>
          {i > 0 && !mac && '+'}
          <kbd className={KBD}>{k}</kbd>
        </Fragment>
      ))}
      {note && <span className="text-xs text-slate-600 dark:text-slate-400">{` (${note})`}</span>}
    </span>
  );
}

function Group({ scope, shortcuts, mac }: { scope: ShortcutScope; shortcuts: Shortcut[]; mac: boolean }) {
  if (shortcuts.length === 0) return null;
  const headingId = `shortcuts-${scope}`;
  return (
    <section aria-labelledby={headingId} className="mt-3" data-scope={scope}>
      <h3 id={headingId} className="text-sm font-medium">
        {SCOPE_TITLES[scope]}
      </h3>
      <table className="mt-1 w-full text-sm">
        <thead className="sr-only">
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr
              key={shortcut.id}
              data-shortcut={shortcut.id}
              className="border-t border-slate-200 dark:border-slate-700"
            >
              <td className="py-1 pr-4">{shortcut.description}</td>
              <td className="py-1">
                {combosFor(shortcut, mac).map((combo, i) => (
                  <Fragment key={i}>
                    {i > 0 && ' or '}
                    <Combo combo={combo} mac={mac} />
                  </Fragment>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface ShortcutsDialogProps {
  /** The app shortcuts that do something now (those with a handler); the others are not listed. */
  readonly available: ReadonlySet<string>;
  readonly onClose: () => void;
}

/** Every keyboard shortcut, grouped by where it works. */
export function ShortcutsDialog({ available, onClose }: ShortcutsDialogProps) {
  const mac = isMac();
  const listed = SHORTCUTS.filter((s) => s.scope !== 'app' || available.has(s.id));
  const scopes: ShortcutScope[] = ['app', 'yaml'];
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} testId="shortcuts-dialog">
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Every button and field can also be reached with Tab. In the YAML, Tab indents: leave it with the “Go
        to” keys below, or switch Tab to moving the focus.
      </p>
      {scopes.map((scope) => (
        <Group key={scope} scope={scope} shortcuts={listed.filter((s) => s.scope === scope)} mac={mac} />
      ))}
    </Dialog>
  );
}

/** The header button that opens the shortcuts dialog (`?` does too). */
export function ShortcutsButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      className={SMALL_BUTTON}
      data-testid="shortcuts-open"
      aria-keyshortcuts="?"
      onClick={onOpen}
    >
      Keyboard shortcuts{' '}
      <kbd aria-hidden="true" className={KBD}>
        ?
      </kbd>
    </button>
  );
}
