import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { focusPlace } from './focusPlace';
import { matchShortcut, type ShortcutId } from './shortcuts';

/** What to run for each shortcut; a shortcut whose id has no handler here is left to the browser. */
export type ShortcutHandlers = Partial<Record<ShortcutId, () => void>>;

/** Whether this is a Mac (⌘ instead of Ctrl). */
export function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/**
 * Runs the page's keyboard shortcuts: listens for keydown on `window` in the capture phase (so it
 * sees keys before Monaco and the form do) and, when a key is a shortcut with a handler, takes it
 * (preventDefault, stopPropagation) and runs the handler. Keys without a handler pass through.
 * Returns the ids that have a handler (the ones the help dialog lists).
 */
export function useShortcuts(handlers: ShortcutHandlers): ReadonlySet<ShortcutId> {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (event: KeyboardEvent): void => {
      const id = matchShortcut(event, { place: focusPlace(event.target), mac });
      const handler = id ? latest.current[id] : undefined;
      if (!handler) return;
      event.preventDefault();
      event.stopPropagation();
      handler();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  const ids = Object.keys(handlers).sort().join(' ');
  return useMemo(() => new Set(ids.split(' ').filter(Boolean) as ShortcutId[]), [ids]);
}
