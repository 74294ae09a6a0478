import type { Path } from '../../src/index';
import { formatPath } from '../../src/index';

/** Focuses the form control that edits `path`, or the nearest one above it; false if none. */
export function focusControl(container: HTMLElement | null, path: Path): boolean {
  if (!container) return false;
  for (let n = path.length; n > 0; n--) {
    const selector = `[data-path="${CSS.escape(formatPath(path.slice(0, n)))}"]`;
    const control = container.querySelector<HTMLElement>(selector);
    if (control) {
      control.scrollIntoView({ block: 'nearest' });
      control.focus();
      return true;
    }
  }
  return false;
}
