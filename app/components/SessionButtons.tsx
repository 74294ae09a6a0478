import { SMALL_BUTTON } from '../form/controls/RowButtons';
import type { SessionActions } from './useSessionActions';

interface SessionButtonsProps {
  readonly actions: SessionActions;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Undo, Redo, New and Share, for the toolbar. */
export function SessionButtons({ actions, canUndo, canRedo }: SessionButtonsProps) {
  return (
    <div className="flex gap-2" role="group" aria-label="Document">
      <button
        type="button"
        className={SMALL_BUTTON}
        data-testid="undo"
        disabled={!canUndo}
        title="Undo (Ctrl+Z)"
        onClick={actions.undo}
      >
        Undo
      </button>
      <button
        type="button"
        className={SMALL_BUTTON}
        data-testid="redo"
        disabled={!canRedo}
        title="Redo (Ctrl+Shift+Z or Ctrl+Y)"
        onClick={actions.redo}
      >
        Redo
      </button>
      <button
        type="button"
        className={SMALL_BUTTON}
        data-testid="new-document"
        title="New (Alt+N)"
        onClick={actions.startNew}
      >
        New
      </button>
      <button
        type="button"
        className={SMALL_BUTTON}
        data-testid="share-open"
        title="Share (Ctrl+Shift+S)"
        onClick={actions.share}
      >
        Share link…
      </button>
    </div>
  );
}
