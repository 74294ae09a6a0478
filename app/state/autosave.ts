/**
 * The session kept in the browser's local storage: the text, its undo history and options, saved
 * on every change so a reload or a crashed tab loses nothing. Reading never trusts what it finds:
 * anything malformed is ignored, and a history that does not fit the text is dropped.
 */
import type { AppState } from './appState';
import { EMPTY_HISTORY, fitsText, historyFrom, type History } from './history';
import { isKindChoice, isPolicyChoice, type KindChoice, type PolicyChoice } from './options';

export const SESSION_KEY = 'polyaxon-env-editor.session.v1';

export interface Saved {
  readonly text: string;
  readonly kind: KindChoice;
  readonly policy: PolicyChoice;
  readonly history: History;
  readonly dirty: boolean;
  readonly link: string | null;
}

/** The browser's storage, or null where there is none (blocked cookies, private modes). */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readSaved(storage: Storage | null): Saved | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(SESSION_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const { text, kind, policy, link } = v;
  if (typeof text !== 'string') return null;
  const history = historyFrom(v['history']);
  return {
    text,
    kind: typeof kind === 'string' && isKindChoice(kind) ? kind : 'auto',
    policy: typeof policy === 'string' && isPolicyChoice(policy) ? policy : 'none',
    history: fitsText(history, text) ? history : EMPTY_HISTORY,
    dirty: v['dirty'] === true,
    link: typeof link === 'string' ? link : null,
  };
}

export type SaveOutcome = 'saved' | 'saved-without-history' | 'failed';

function put(storage: Storage, saved: Saved): boolean {
  try {
    storage.setItem(SESSION_KEY, JSON.stringify(saved));
    return true;
  } catch {
    return false;
  }
}

/** Saves the session; when the storage is full, the history is given up before the text. */
export function writeSaved(storage: Storage | null, state: AppState): SaveOutcome {
  if (!storage) return 'failed';
  const saved: Saved = {
    text: state.text,
    kind: state.kind,
    policy: state.policy,
    history: state.history,
    dirty: state.dirty,
    link: state.link,
  };
  if (put(storage, saved)) return 'saved';
  const recent: History = { past: state.history.past.slice(-20), future: [] };
  if (put(storage, { ...saved, history: recent })) return 'saved-without-history';
  if (put(storage, { ...saved, history: EMPTY_HISTORY })) return 'saved-without-history';
  return 'failed';
}
