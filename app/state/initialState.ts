import type { AppState } from './appState';
import { DEFAULT_DOCUMENT } from './defaultDocument';
import type { Fragment } from './fragment';

/** The starting state for a link's fragment: its document, or the example when it has none. */
export function stateFromFragment(fragment: Fragment): AppState {
  const { yaml } = fragment;
  return {
    text: yaml.status === 'ok' ? yaml.text : yaml.status === 'absent' ? DEFAULT_DOCUMENT : '',
    loads: 0,
    kind: fragment.kind ?? 'auto',
    policy: fragment.policy ?? 'none',
    notice: yaml.status === 'invalid' ? yaml.message : null,
  };
}
