import { useEffect, useReducer } from 'react';
import type { AppAction, AppState } from './appState';
import { reduceApp } from './appState';
import { readFragment } from './fragment';
import { stateFromFragment } from './initialState';

function initialState(): AppState {
  return stateFromFragment(readFragment(window.location.hash));
}

/** App state, started from the link's fragment and reloaded when the fragment changes. */
export function useAppState(): [AppState, (action: AppAction) => void] {
  const [state, dispatch] = useReducer(reduceApp, undefined, initialState);

  useEffect(() => {
    const onHashChange = (): void => {
      const fragment = readFragment(window.location.hash);
      if (fragment.yaml.status === 'absent') return;
      const next = stateFromFragment(fragment);
      dispatch({ type: 'load', text: next.text, notice: next.notice });
      dispatch({ type: 'setKind', kind: next.kind });
      dispatch({ type: 'setPolicy', policy: next.policy });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  return [state, dispatch];
}
