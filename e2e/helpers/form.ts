import type { Locator, Page } from '@playwright/test';

/** The form control that edits a YAML path (problems list items carry `data-path` too). */
export function control(page: Page, path: string, part?: string): Locator {
  const partAttr = part ? `[data-part="${part}"]` : ':not([data-part])';
  return page.getByTestId('section-form').locator(`[data-path=${JSON.stringify(path)}]${partAttr}`);
}
