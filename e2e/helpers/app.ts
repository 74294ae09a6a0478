import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface OpenOptions {
  readonly kind?: 'auto' | 'environment' | 'cleaner';
  readonly policy?: 'none' | 'baseline' | 'restricted';
}

/** `#yaml=…` for a document, encoded with Node (independently of the app's own encoder). */
export function fragmentFor(yaml: string, options: OpenOptions = {}): string {
  let hash = `#yaml=${Buffer.from(yaml, 'utf8').toString('base64url')}`;
  if (options.kind) hash += `&kind=${options.kind}`;
  if (options.policy) hash += `&policy=${options.policy}`;
  return hash;
}

/** Opens the app and waits until it has checked its document. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`/${hash}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('detected')).toBeVisible();
  // The check runs in a worker: busy until its result is for the text shown.
  await expect(page.getByTestId('detected')).toHaveAttribute('aria-busy', 'false');
}

/** Opens the app on a document passed in the link. */
export async function openWithYaml(page: Page, yaml: string, options: OpenOptions = {}): Promise<void> {
  await openApp(page, fragmentFor(yaml, options));
}
