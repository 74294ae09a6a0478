import { useEffect, useReducer, useRef } from 'react';
import type { AppAction, AppState } from './appState';
import { reduceApp } from './appState';
import { browserStorage, writeSaved } from './autosave';
import { readFragment } from './fragment';

const STORAGE_FAILED =
  "The browser's storage is full or blocked, so this work is not being saved in the browser. Export or share it to keep it.";

/**
 * Texts up to this size are saved with every change. Bigger ones are saved once the page is idle
 * (at the latest SAVE_DELAY_MS after a change), and when the page is hidden or left: storing a
 * 200 KB text takes ~10 ms, which would otherwise delay drawing each keystroke.
 */
const SAVE_AT_ONCE = 32 * 1024;
const SAVE_DELAY_MS = 400;

/**
 * App state, started from `initial` (the link or the saved session), saved in the browser on
 * every change and reloaded when the link's fragment changes.
 */
export function useAppState(initial: AppState): [AppState, (action: AppAction) => void] {
  const [state, dispatch] = useReducer(reduceApp, initial);

  useEffect(() => {
    let latest = 0;
    const onHashChange = (): void => {
      const hash = window.location.hash;
      const ticket = ++latest;
      void readFragment(hash).then((fragment) => {
        if (ticket !== latest) return;
        const { yaml } = fragment;
        if (yaml.status === 'absent') return;
        if (yaml.status === 'invalid') {
          dispatch({ type: 'notice', notice: `${yaml.message} Your current work is kept.` });
          return;
        }
        dispatch({
          type: 'load',
          text: yaml.text,
          origin: 'load',
          at: Date.now(),
          link: hash,
          kind: fragment.kind ?? 'auto',
          policy: fragment.policy ?? 'none',
        });
      });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useAutosave(state, dispatch);
  return [state, dispatch];
}

function useAutosave(state: AppState, dispatch: (action: AppAction) => void): void {
  const warned = useRef(false);
  const latest = useRef(state);
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => {
    latest.current = state;
    const save = (): void => {
      pending.current = null;
      const outcome = writeSaved(browserStorage(), latest.current);
      if (outcome === 'failed' && !warned.current) {
        warned.current = true;
        dispatch({ type: 'notice', notice: STORAGE_FAILED });
      }
    };
    if (state.text.length <= SAVE_AT_ONCE) {
      pending.current?.();
      save();
    } else if (pending.current === null) {
      pending.current = whenIdle(save, SAVE_DELAY_MS);
    }
  }, [state, dispatch]);

  useEffect(() => {
    const flush = (): void => {
      if (pending.current === null) return;
      pending.current();
      pending.current = null;
      writeSaved(browserStorage(), latest.current);
    };
    const onHidden = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);
}

/** Runs `task` when the page is idle, at the latest after `timeoutMs`; returns its cancel. */
function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(task, timeoutMs);
  return () => window.clearTimeout(id);
}
