/**
 * The app's state: the document text and the check options. The text is the one source of truth;
 * every view derives from it. `loads` counts texts that came from outside an editor (a link, a
 * reset), so an uncontrolled editor knows when to take the text over.
 */
import type { KindChoice, PolicyChoice } from './options';

export interface AppState {
  readonly text: string;
  readonly loads: number;
  readonly kind: KindChoice;
  readonly policy: PolicyChoice;
  /** Why the document could not be loaded from the link, if it could not. */
  readonly notice: string | null;
}

export type AppAction =
  | { readonly type: 'edit'; readonly text: string }
  | { readonly type: 'load'; readonly text: string; readonly notice: string | null }
  | { readonly type: 'setKind'; readonly kind: KindChoice }
  | { readonly type: 'setPolicy'; readonly policy: PolicyChoice }
  | { readonly type: 'dismissNotice' };

export function reduceApp(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'edit':
      return action.text === state.text ? state : { ...state, text: action.text };
    case 'load':
      return { ...state, text: action.text, notice: action.notice, loads: state.loads + 1 };
    case 'setKind':
      return { ...state, kind: action.kind };
    case 'setPolicy':
      return { ...state, policy: action.policy };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}
