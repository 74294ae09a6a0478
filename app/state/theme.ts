/**
 * The colour theme: the system's (the default), or light or dark chosen by the user and kept in
 * the browser. Applied as `data-theme` on <html>, which Tailwind's `dark:` variant reads
 * (app/index.css), and as the page's `color-scheme` for form controls and scroll bars.
 */
import { useSyncExternalStore } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_KEY = 'polyaxon-env-editor.theme';
const QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();

function stored(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

let choice: ThemeChoice = 'system';

function systemDark(): boolean {
  return window.matchMedia(QUERY).matches;
}

/** Whether a choice shows dark, given whether the system asks for dark. */
export function isDark(theme: ThemeChoice, systemIsDark: boolean): boolean {
  return theme === 'dark' || (theme === 'system' && systemIsDark);
}

function apply(): void {
  const dark = isDark(choice, systemDark());
  const root = document.documentElement;
  root.dataset['theme'] = dark ? 'dark' : 'light';
  root.style.colorScheme = dark ? 'dark' : 'light';
}

/** Reads the saved choice and applies it; called once before the first render (no flash). */
export function startTheme(): void {
  choice = stored();
  apply();
  window.matchMedia(QUERY).addEventListener('change', () => {
    apply();
    listeners.forEach((listener) => listener());
  });
}

export function setTheme(next: ThemeChoice): void {
  choice = next;
  try {
    if (next === 'system') window.localStorage.removeItem(THEME_KEY);
    else window.localStorage.setItem(THEME_KEY, next);
  } catch {
    // Not kept across reloads where storage is blocked; still applied now.
  }
  apply();
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = (): string => `${choice}:${document.documentElement.dataset['theme'] ?? 'light'}`;

/** The current choice and whether the page shows dark; follows changes live. */
export function useTheme(): { readonly choice: ThemeChoice; readonly dark: boolean } {
  const value = useSyncExternalStore(subscribe, snapshot, () => 'system:light');
  const [current, shown] = value.split(':');
  return { choice: (current as ThemeChoice | undefined) ?? 'system', dark: shown === 'dark' };
}
