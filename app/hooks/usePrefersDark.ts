import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function snapshot(): boolean {
  return window.matchMedia(QUERY).matches;
}

/** Whether the system asks for a dark colour scheme; follows changes live. */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
