/**
 * The `test` every spec uses. Each test gets a page whose context aborts and records any request
 * to a host other than 127.0.0.1, and which records console errors and uncaught page errors.
 * A test fails if any of these happened, even when its own assertions passed.
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** Whether the page may load this URL: only from 127.0.0.1, or from no host at all. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.hostname === '127.0.0.1';
}

interface Guard {
  /** Requests that left 127.0.0.1 (aborted). */
  readonly offHost: string[];
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
}

export const test = base.extend<{ guard: Guard; page: Page }>({
  guard: async ({ context }, use) => {
    const guard: Guard = { offHost: [], errors: [] };
    const record = (url: string): void => {
      if (!guard.offHost.includes(url)) guard.offHost.push(url);
    };
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLocalUrl(url)) return route.continue();
      record(url);
      return route.abort('blockedbyclient');
    });
    // Worker scripts and other requests that routing may not see are still reported here.
    context.on('request', (request) => {
      if (!isLocalUrl(request.url())) record(request.url());
    });
    await use(guard);
    expect(guard.offHost, 'requests to hosts other than 127.0.0.1').toEqual([]);
    expect(guard.errors, 'console errors and page errors').toEqual([]);
  },
  page: async ({ page, guard }, use) => {
    page.on('console', (message) => {
      if (message.type() === 'error') guard.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => guard.errors.push(`page: ${error.message}`));
    await use(page);
  },
});

export { expect };
