/** The core's edit engine, in its own chunk: see editEngine.ts. */
export { applyEdits } from '../../src/index';
