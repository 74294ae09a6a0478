/**
 * The core's edit engine (`applyEdits`) is not needed to show the page, only to change it, so it
 * loads right after first paint (`loadEditEngine`) instead of with the page. Edits go through
 * `withEditEngine`: at once when it is there, else as soon as it loads, in the order they came.
 */
import { useEffect, useState } from 'react';
import type * as EditCore from './editCore';

type EditEngine = typeof EditCore;

let engine: EditEngine | null = null;
let loading: Promise<EditEngine> | null = null;

export function loadEditEngine(): Promise<EditEngine> {
  loading ??= import('./editCore').then((loaded) => (engine = loaded));
  return loading;
}

/** Runs `edit` with the engine; `fail` gets a message when its code cannot be loaded. */
export function withEditEngine(edit: (engine: EditEngine) => void, fail: (message: string) => void): void {
  if (engine) {
    edit(engine);
    return;
  }
  loadEditEngine().then(edit, () => {
    loading = null;
    fail('the editing code could not be loaded; reload the page');
  });
}

/** The engine once it is loaded (asking for it on first use), null until then. */
export function useEditEngine(): EditEngine | null {
  const [loaded, setLoaded] = useState(engine);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loadEditEngine().then(
      (done) => {
        if (live) setLoaded(done);
      },
      () => {
        // An edit will say so (withEditEngine); the form keeps what the check worker reads.
        loading = null;
      },
    );
    return () => {
      live = false;
    };
  }, [loaded]);
  return loaded;
}
