/**
 * Core functions needed only after a click (fixes, Fix all and applying its preview, importing a manifest, adding a preset).
 * The app loads this module with `import()`, so they and what they use (the fix catalogue, the
 * rules, Zod) stay out of the first-paint JavaScript.
 */
export { applyPreset, diffSplice, fixAll, fixesFor, importManifest } from '../../src/index';
