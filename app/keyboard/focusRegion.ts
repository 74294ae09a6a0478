const TABBABLE = [
  'input:not([type="hidden"]):not([disabled])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'button:not([disabled])',
  'a[href]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

function isShown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

/**
 * Moves the focus into a part of the page: to its first shown element matching `preferred`, else its
 * first shown tabbable element, else the container itself (when it has a tabindex). False if none.
 */
export function focusRegion(container: HTMLElement | null, preferred?: string): boolean {
  if (!container) return false;
  const candidates = [
    ...(preferred ? container.querySelectorAll<HTMLElement>(preferred) : []),
    ...container.querySelectorAll<HTMLElement>(TABBABLE),
  ];
  const target = candidates.find(isShown) ?? (container.hasAttribute('tabindex') ? container : null);
  if (!target) return false;
  target.scrollIntoView({ block: 'nearest' });
  target.focus();
  return document.activeElement === target;
}
