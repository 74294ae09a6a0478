/**
 * The `test` every spec uses. Each test gets a page whose context aborts and records any request
 * to a host other than 127.0.0.1, and which records console errors, uncaught page errors and
 * Content Security Policy violations. A test fails if any of these happened, even when its own
 * assertions passed.
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
  /** Content Security Policy violations (`securitypolicyviolation` events and console reports). */
  readonly csp: string[];
}

/** The binding the init script below reports each `securitypolicyviolation` event through. */
const CSP_BINDING = '__e2eReportCspViolation';

/** Runs in every page before its scripts: forwards each CSP violation to the test. */
function listenForCspViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (text: string) => void>)[binding];
    report?.(
      `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}

/**
 * Chromium's parser complaint when Monaco draws its whitespace dots as SVG in the frame before it
 * has measured the font after a reload (`viewBox="0 0 NaN 18"`): Monaco's own, harmless (the
 * next frame draws them), and not something the page can prevent short of turning the dots off.
 */
const MONACO_WHITESPACE_SVG =
  /^(Error: )?<(svg|circle)> attribute (viewBox|cx): Expected (number|length), "(0 0 )?NaN/;

export const test = base.extend<{ guard: Guard; page: Page }>({
  guard: async ({ context }, use) => {
    const guard: Guard = { offHost: [], errors: [], csp: [] };
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
    await context.exposeFunction(CSP_BINDING, (text: string) => guard.csp.push(text));
    await context.addInitScript(listenForCspViolations, CSP_BINDING);
    await use(guard);
    expect(guard.offHost, 'requests to hosts other than 127.0.0.1').toEqual([]);
    expect(guard.csp, 'Content Security Policy violations').toEqual([]);
    expect(guard.errors, 'console errors and page errors').toEqual([]);
  },
  page: async ({ page, guard }, use) => {
    page.on('console', (message) => {
      // Chromium reports violations (also a report-only policy's, and a worker's) on the console.
      if (/Content Security Policy/i.test(message.text())) guard.csp.push(`console: ${message.text()}`);
      else if (message.type() === 'error' && !MONACO_WHITESPACE_SVG.test(message.text()))
        guard.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => guard.errors.push(`page: ${error.message}`));
    await use(page);
  },
});

export { expect };
