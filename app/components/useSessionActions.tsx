import { useCallback, useState, type ReactNode } from 'react';
import type { AppAction, AppState } from '../state/appState';
import { writeFragment } from '../state/fragment';
import { NewDocumentDialog } from './NewDocumentDialog';
import { ShareDialog } from './ShareDialog';

export interface SessionActions {
  readonly undo: () => void;
  readonly redo: () => void;
  readonly share: () => void;
  readonly startNew: () => void;
  /** The dialogs these actions open, to render once in the page. */
  readonly dialogs: ReactNode;
}

/** The text a new document starts with: the section key for the kind being edited. */
function newText(state: AppState): string {
  return state.kind === 'cleaner' ? 'cleaner:\n' : 'environment:\n';
}

/** Undo, redo, Share and New: what acts on the whole session rather than on one field. */
export function useSessionActions(state: AppState, dispatch: (action: AppAction) => void): SessionActions {
  const [shareUrl, setShareUrl] = useState<string | null | undefined>(undefined);
  const [askNew, setAskNew] = useState(false);

  const undo = useCallback(() => dispatch({ type: 'undo' }), [dispatch]);
  const redo = useCallback(() => dispatch({ type: 'redo' }), [dispatch]);

  const { text, kind, policy, dirty } = state;
  const share = useCallback(() => {
    setShareUrl(null);
    void writeFragment(text, { kind, policy }).then((hash) => {
      // Replacing (not pushing) the URL fires no hashchange: the page already holds this text.
      window.history.replaceState(null, '', hash);
      dispatch({ type: 'saved', link: hash });
      setShareUrl(window.location.href);
    });
  }, [text, kind, policy, dispatch]);

  const reallyNew = useCallback(() => {
    setAskNew(false);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    dispatch({ type: 'load', text: newText(state), origin: 'new', at: Date.now(), link: null });
  }, [state, dispatch]);
  const startNew = useCallback(() => {
    if (dirty && text.trim() !== '') setAskNew(true);
    else reallyNew();
  }, [dirty, text, reallyNew]);

  const dialogs = (
    <>
      {shareUrl !== undefined && <ShareDialog url={shareUrl} onClose={() => setShareUrl(undefined)} />}
      {askNew && <NewDocumentDialog onConfirm={reallyNew} onClose={() => setAskNew(false)} />}
    </>
  );
  return { undo, redo, share, startNew, dialogs };
}
