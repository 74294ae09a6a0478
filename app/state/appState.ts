/**
 * The app's state: the document text, its one undo history and the check options. The text is
 * the one source of truth; every view derives from it. `loads` counts texts that came from
 * outside an editor (a link, a reset, an undo), so an uncontrolled editor knows when to take the
 * text over.
 */
import type { History, Origin } from './history';
import { EMPTY_HISTORY, record, redo, undo } from './history';
import type { KindChoice, PolicyChoice } from './options';

export interface AppState {
  readonly text: string;
  readonly loads: number;
  readonly kind: KindChoice;
  readonly policy: PolicyChoice;
  /** Something the user should know (a link that could not be read…), if anything. */
  readonly notice: string | null;
  readonly history: History;
  /** Whether the text changed since it was loaded, exported or shared. */
  readonly dirty: boolean;
  /** The `#…` link this session's text came from, so a reload keeps the edits made since. */
  readonly link: string | null;
}

export type AppAction =
  | { readonly type: 'edit'; readonly text: string; readonly origin: Origin; readonly at: number }
  | {
      readonly type: 'load';
      readonly text: string;
      readonly origin: 'load' | 'new';
      readonly at: number;
      readonly link?: string | null;
      readonly kind?: KindChoice;
      readonly policy?: PolicyChoice;
    }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'notice'; readonly notice: string | null }
  | { readonly type: 'setKind'; readonly kind: KindChoice }
  | { readonly type: 'setPolicy'; readonly policy: PolicyChoice }
  | { readonly type: 'saved'; readonly link?: string }
  | { readonly type: 'dismissNotice' };

export function initialAppState(text: string, options: Partial<AppState> = {}): AppState {
  return {
    text,
    loads: 0,
    kind: 'auto',
    policy: 'none',
    notice: null,
    history: EMPTY_HISTORY,
    dirty: false,
    link: null,
    ...options,
  };
}

export function reduceApp(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'edit':
      if (action.text === state.text) return state;
      return {
        ...state,
        text: action.text,
        history: record(state.history, state.text, action.text, action.origin, action.at),
        dirty: true,
      };
    case 'load':
      return {
        ...state,
        text: action.text,
        history: record(state.history, state.text, action.text, action.origin, action.at),
        loads: state.loads + 1,
        dirty: false,
        notice: null,
        kind: action.kind ?? state.kind,
        policy: action.policy ?? state.policy,
        link: action.link === undefined ? state.link : action.link,
      };
    case 'undo':
    case 'redo': {
      const step = action.type === 'undo' ? undo(state.history, state.text) : redo(state.history, state.text);
      if (!step) return state;
      return { ...state, text: step.text, history: step.history, loads: state.loads + 1, dirty: true };
    }
    case 'notice':
      return { ...state, notice: action.notice };
    case 'setKind':
      return { ...state, kind: action.kind };
    case 'setPolicy':
      return { ...state, policy: action.policy };
    case 'saved':
      return { ...state, dirty: false, ...(action.link !== undefined ? { link: action.link } : {}) };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}
