interface CrashNoticeProps {
  readonly error: Error;
}

/** Shown instead of a blank page if the app itself fails. */
export function CrashNotice({ error }: CrashNoticeProps) {
  return (
    <div
      role="alert"
      className="m-8 max-w-2xl rounded-md border border-red-300 p-4 text-sm dark:border-red-800"
    >
      <h1 className="mb-2 font-semibold">The editor stopped because of an internal error.</h1>
      <p className="mb-2">
        Reload the page to start again. Your link&apos;s document is still in the address bar.
      </p>
      <pre className="overflow-auto font-mono text-xs whitespace-pre-wrap">{error.message}</pre>
    </div>
  );
}
