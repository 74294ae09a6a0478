import { useEffect, useId, useRef, type ReactNode } from 'react';
import { SMALL_BUTTON } from '../form/controls/RowButtons';

interface DialogProps {
  readonly title: string;
  /** Called once the dialog has closed (Escape, the Close button, or `dialog.close()`). */
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Shown before Close, in the same row: buttons, and perhaps a status (`mr-auto` puts it at the start). */
  readonly actions?: ReactNode;
  readonly closeLabel?: string;
  readonly testId?: string;
  /** How wide it may grow (never wider than 95% of the window). */
  readonly width?: keyof typeof WIDTH;
}

const WIDTH = {
  normal: 'w-[min(48rem,95vw)]',
  wide: 'w-[min(56rem,95vw)]',
  wider: 'w-[min(60rem,95vw)]',
} as const;

/**
 * A modal dialog, open while it is mounted: the browser's `<dialog>` shown with `showModal()`, so
 * the page behind it is inert (focus stays inside) and Escape closes it. Focus moves into it on
 * open, and goes back to what had it before once it is gone.
 */
export function Dialog({
  title,
  onClose,
  children,
  actions,
  closeLabel = 'Close',
  testId,
  width = 'normal',
}: DialogProps) {
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
      className={`m-auto max-h-[85vh] ${WIDTH[width]} overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-slate-900 shadow-xl backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
    >
      <h2 id={titleId} className="text-base font-semibold">
        {title}
      </h2>
      {children}
      <div className="mt-4 flex items-center justify-end gap-2">
        {actions}
        <button type="button" className={SMALL_BUTTON} onClick={() => dialog.current?.close()}>
          {closeLabel}
        </button>
      </div>
    </dialog>
  );
}
