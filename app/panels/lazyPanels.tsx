/**
 * Form parts loaded on first render, so the first-paint JavaScript carries only what the default
 * environment form shows at once: the cleaner's panels (only for a cleaner section) and the
 * affinity builders (below the fold; the panel's header and summary show at once).
 */
import { lazyComponent } from '../components/lazyComponent';

export const CleanerPanels = lazyComponent(async () => (await import('./CleanerPanels')).CleanerPanels);
export const NodeAffinitySection = lazyComponent(
  async () => (await import('./affinity/NodeAffinitySection')).NodeAffinitySection,
);
export const PodAffinitySection = lazyComponent(
  async () => (await import('./affinity/PodAffinitySection')).PodAffinitySection,
);
