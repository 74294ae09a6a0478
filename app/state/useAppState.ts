import { useEffect, useReducer, useRef } from 'react';
import type { AppAction, AppState } from './appState';
import { reduceApp } from './appState';
import { browserStorage, writeSaved } from './autosave';
import { readFragment } from './fragment';

const STORAGE_FAILED =
  "The browser's storage is full or blocked, so this work is not being saved in the browser. Export or share it to keep it.";

/** Texts up to this size are saved on every change; bigger ones at most every SAVE_DELAY_MS. */
const SAVE_AT_ONCE = 256 * 1024;
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
  const timer = useRef<number | null>(null);

  useEffect(() => {
    latest.current = state;
    const save = (): void => {
      timer.current = null;
      const outcome = writeSaved(browserStorage(), latest.current);
      if (outcome === 'failed' && !warned.current) {
        warned.current = true;
        dispatch({ type: 'notice', notice: STORAGE_FAILED });
      }
    };
    if (state.text.length <= SAVE_AT_ONCE) {
      if (timer.current !== null) window.clearTimeout(timer.current);
      save();
    } else if (timer.current === null) {
      timer.current = window.setTimeout(save, SAVE_DELAY_MS);
    }
  }, [state, dispatch]);

  useEffect(() => {
    const flush = (): void => {
      if (timer.current === null) return;
      window.clearTimeout(timer.current);
      timer.current = null;
      writeSaved(browserStorage(), latest.current);
    };
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, []);
}
