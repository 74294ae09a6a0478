import type { BackendFactory } from './checker';

/** The check worker (a module worker bundled by Vite). Throws when the browser cannot make one. */
export const workerBackend: BackendFactory = (onReply, onFail) => {
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => onReply(event.data);
  worker.onerror = (event) => {
    // The script did not load or crashed: the page checks by itself from now on.
    event.preventDefault();
    onFail();
  };
  worker.onmessageerror = () => onFail();
  return {
    send: (request) => worker.postMessage(request),
    dispose: () => worker.terminate(),
  };
};

/** Checks in the page, with the core loaded on first use (its own chunk, off the first-paint path). */
export const inThreadBackend: BackendFactory = (onReply) => {
  let live = true;
  return {
    send(request) {
      void import('./runCheck').then(({ runCheck }) => {
        if (live) onReply(runCheck(request));
      });
    },
    dispose() {
      live = false;
    },
  };
};
