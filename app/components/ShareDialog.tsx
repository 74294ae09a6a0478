import { useEffect, useRef, useState } from 'react';
import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { Dialog } from './Dialog';
import { copyText } from './download';

/** Links longer than this are cut by some chat tools and mail clients. */
const LONG_LINK = 8000;

interface ShareDialogProps {
  /** The whole link, or null while it is being made. */
  readonly url: string | null;
  readonly onClose: () => void;
}

/** The link that holds the document, ready to copy. Nothing is sent anywhere. */
export function ShareDialog({ url, onClose }: ShareDialogProps) {
  const field = useRef<HTMLInputElement | null>(null);
  const [status, setStatus] = useState<string>('');
  useEffect(() => {
    if (url === null) return;
    field.current?.select();
    void copyText(url).then((copied) =>
      setStatus(
        copied ? 'Link copied to the clipboard.' : 'Select the link and copy it (the clipboard was refused).',
      ),
    );
  }, [url]);
  return (
    <Dialog
      title="Share this document"
      onClose={onClose}
      testId="share-dialog"
      actions={
        <button
          type="button"
          className={SMALL_BUTTON}
          disabled={url === null}
          data-testid="share-copy"
          onClick={() => {
            if (url === null) return;
            void copyText(url).then((copied) => setStatus(copied ? 'Copied again.' : 'Copy failed.'));
          }}
        >
          Copy link
        </button>
      }
    >
      <p className="my-2 text-sm">
        The whole document is in the link itself (after the <code>#</code>), compressed when that makes it
        shorter. Browsers do not send that part to any server: the link only works for people who open it in
        this editor.
      </p>
      <label className="flex flex-col gap-1 text-xs font-medium">
        Link
        <input
          ref={field}
          readOnly
          value={url ?? 'Making the link…'}
          data-testid="share-url"
          className="rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      {url !== null && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400" data-testid="share-length">
          {`${url.length.toLocaleString('en-US')} characters.`}
          {url.length > LONG_LINK &&
            ' Some chat tools and mail clients cut links this long; export the file instead.'}
        </p>
      )}
      <p role="status" className="mt-1 text-xs" data-testid="share-status">
        {status}
      </p>
    </Dialog>
  );
}
