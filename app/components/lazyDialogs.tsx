/**
 * The dialogs that open on a click (Export, Fix all, Import), loaded when first shown so their
 * code and the core parts they use stay out of the first-paint JavaScript.
 */
import { lazyComponent } from './lazyComponent';

export const ExportDialog = lazyComponent(async () => (await import('./ExportDialog')).ExportDialog);
export const FixAllDialog = lazyComponent(async () => (await import('./FixAllDialog')).FixAllDialog);
export const ImportDialog = lazyComponent(async () => (await import('./ImportDialog')).ImportDialog);
