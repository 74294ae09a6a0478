interface NoticeProps {
  readonly message: string;
  readonly onDismiss: () => void;
}

/** A visible explanation of something that went wrong outside the document, e.g. a broken link. */
export function Notice({ message, onDismiss }: NoticeProps) {
  return (
    <div
      role="alert"
      data-testid="notice"
      className="flex items-start justify-between gap-4 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
    >
      <p>{message}</p>
      <button type="button" onClick={onDismiss} className="shrink-0 underline underline-offset-2">
        Dismiss
      </button>
    </div>
  );
}
