/** The core's edit engine, in its own chunk: see editEngine.ts. */
import { form } from '../../src/index';

export { applyEdits } from '../../src/index';

/**
 * Reads the form's section from a text in the page (a form edit, an undo, a fix); typing in the
 * YAML is read by the check worker instead. Here because it needs the YAML reader, which the
 * page's first JavaScript does without.
 */
export const readSnapshot = form.readSnapshot;
