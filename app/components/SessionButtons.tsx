import { SMALL_BUTTON } from '../form/controls/RowButtons';
import type { SessionActions } from './useSessionActions';

interface SessionButtonsProps {
  readonly actions: SessionActions;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** Undo, Redo, New and Share, for the toolbar. */
export function SessionButtons({ actions, canUndo, canRedo }: SessionButtonsProps) {
  const buttons = [
    { id: 'undo', label: 'Undo', title: 'Undo (Ctrl+Z)', run: actions.undo, enabled: canUndo },
    {
      id: 'redo',
      label: 'Redo',
      title: 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
      run: actions.redo,
      enabled: canRedo,
    },
    { id: 'new-document', label: 'New', title: 'New (Alt+N)', run: actions.startNew, enabled: true },
    {
      id: 'share-open',
      label: 'Share link…',
      title: 'Share (Ctrl+Shift+S)',
      run: actions.share,
      enabled: true,
    },
  ] as const;
  return (
    <div className="flex gap-2" role="group" aria-label="Document">
      {buttons.map((b) => (
        <button
          key={b.id}
          type="button"
          className={SMALL_BUTTON}
          data-testid={b.id}
          disabled={!b.enabled}
          title={b.title}
          onClick={b.run}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
