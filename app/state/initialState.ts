import type { AppState } from './appState';
import { initialAppState } from './appState';
import type { Saved } from './autosave';
import { DEFAULT_DOCUMENT } from './defaultDocument';
import type { Fragment } from './fragment';
import { record } from './history';

const KEPT = ' Your previous work is kept.';

function fromSaved(saved: Saved): AppState {
  return initialAppState(saved.text, {
    kind: saved.kind,
    policy: saved.policy,
    history: saved.history,
    dirty: saved.dirty,
    link: saved.link,
  });
}

/**
 * Where the page starts: the link's document, or the session saved in the browser, or the
 * example. A link the session already came from restores the session (a reload keeps the edits
 * made since); a new link's document replaces the saved text as one undoable step; a broken link
 * keeps the saved work and says why.
 */
export function startState(fragment: Fragment, hash: string, saved: Saved | null, now: number): AppState {
  const { yaml } = fragment;
  if (yaml.status === 'ok') {
    if (saved && saved.link === hash) return fromSaved(saved);
    const options = {
      kind: fragment.kind ?? 'auto',
      policy: fragment.policy ?? 'none',
      link: hash,
    } as const;
    if (!saved) return initialAppState(yaml.text, options);
    return initialAppState(yaml.text, {
      ...options,
      history: record(saved.history, saved.text, yaml.text, 'load', now),
    });
  }
  if (yaml.status === 'invalid') {
    if (saved) return { ...fromSaved(saved), notice: yaml.message + KEPT };
    return initialAppState('', { notice: yaml.message });
  }
  return saved ? fromSaved(saved) : initialAppState(DEFAULT_DOCUMENT);
}
