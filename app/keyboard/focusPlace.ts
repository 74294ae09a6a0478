import type { FocusPlace } from './shortcuts';

/** Marks the YAML pane (Monaco's wrapper and the plain text area) for `focusPlace`. */
export const YAML_PANE_ATTRIBUTE = 'data-yaml-pane';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel', 'password', 'number']);

function isTextField(element: Element): boolean {
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

/** Where a keydown's target is, for the shortcuts: a modal dialog, the YAML, a text field, or elsewhere. */
export function focusPlace(target: EventTarget | null): FocusPlace {
  if (document.querySelector('dialog:modal, [role="dialog"][aria-modal="true"]')) return 'dialog';
  if (!(target instanceof Element)) return 'page';
  if (target.closest(`[${YAML_PANE_ATTRIBUTE}]`)) return 'yaml';
  return isTextField(target) ? 'text' : 'page';
}
