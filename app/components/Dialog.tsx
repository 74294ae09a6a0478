import { useEffect, useId, useRef, type ReactNode } from 'react';
import { SMALL_BUTTON } from '../form/controls/RowButtons';

interface DialogProps {
  readonly title: string;
  /** Called once the dialog has closed (Escape, the Close button, or `dialog.close()`). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Buttons shown before Close. */
  readonly actions?: ReactNode;
  readonly closeLabel?: string;
  readonly testId?: string;
}

/**
 * A modal dialog, open while it is mounted: the browser's `<dialog>` shown with `showModal()`, so
 * the page behind it is inert (focus stays inside) and Escape closes it. Focus moves into it on
 * open, and goes back to what had it before once it is gone.
 */
export function Dialog({ title, onClose, children, actions, closeLabel = 'Close', testId }: DialogProps) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const opener = useRef<HTMLElement | null | undefined>(undefined);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (opener.current === undefined)
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) d.showModal();
    return () => {
      // Only once the dialog has really left the page (not when React re-runs effects in dev).
      queueMicrotask(() => {
        if (!d.isConnected && opener.current?.isConnected) opener.current.focus();
      });
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      data-testid={testId}
      aria-modal="true"
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(48rem,95vw)] overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id={titleId} className="text-base font-semibold">
        {title}
      </h2>
      {children}
      <div className="mt-4 flex justify-end gap-2">
        {actions}
        <button type="button" className={SMALL_BUTTON} onClick={() => dialog.current?.close()}>
          {closeLabel}
        </button>
      </div>
    </dialog>
  );
}
