import { SMALL_BUTTON } from '../form/controls/RowButtons';
import { Dialog } from './Dialog';

interface NewDocumentDialogProps {
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** Asked before "New" drops a document whose changes were not exported or shared. */
export function NewDocumentDialog({ onConfirm, onClose }: NewDocumentDialogProps) {
  return (
    <Dialog
      title="Start a new document?"
      onClose={onClose}
      closeLabel="Keep this document"
      testId="new-dialog"
      actions={
        <button type="button" className={SMALL_BUTTON} data-testid="new-confirm" onClick={onConfirm}>
          Start a new document
        </button>
      }
    >
      <p className="my-2 text-sm">
        This document has changes that were not exported or shared. A new document replaces it in the editor;
        Undo (Ctrl+Z) brings it back.
      </p>
    </Dialog>
  );
}
