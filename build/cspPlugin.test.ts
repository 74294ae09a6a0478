import type { HtmlTagDescriptor, IndexHtmlTransformContext, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  cspPlugin,
  ZOD_CONFIG_FILE,
  ZOD_CONFIG_SCRIPT,
} from './cspPlugin';

/** The tags the plugin adds to index.html. */
function injectedTags(): HtmlTagDescriptor[] {
  const hook = cspPlugin().transformIndexHtml as { handler: IndexHtmlTransformHook };
  const context = { path: '/index.html', filename: 'index.html' } as IndexHtmlTransformContext;
  const tags = hook.handler.call(undefined as never, '<html></html>', context);
  if (!Array.isArray(tags)) throw new Error('expected a list of tags');
  return tags;
}

/** `{directive: sources}` read back from a policy string. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the Content Security Policy of the built app', () => {
  it('is the policy the app needs, and nothing wider', () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  it('names no remote origin: every source is a keyword or a local scheme', () => {
    for (const policy of [contentSecurityPolicy(), contentSecurityPolicyHeader()]) {
      expect(policy).not.toMatch(/https?:/i);
      expect(policy).not.toMatch(/\*|ws:|wss:|unsafe-eval|wasm-unsafe-eval/);
      for (const [name, sources] of directives(policy)) {
        expect(name).toMatch(/^[a-z-]+$/);
        expect(sources.length).toBeGreaterThan(0);
        for (const source of sources) expect(source).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });

  it('allows scripts only from the page itself', () => {
    expect(directives(contentSecurityPolicy()).get('script-src')).toEqual(["'self'"]);
  });

  it('forbids framing in the header, where a <meta> could not', () => {
    expect(contentSecurityPolicyHeader()).toBe(`${contentSecurityPolicy()}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
  });

  it('applies to the build only (the dev server needs inline scripts)', () => {
    expect(cspPlugin().apply).toBe('build');
  });

  it('puts the policy first in the head, then the Zod setting, before any app script', () => {
    const [meta, script, ...rest] = injectedTags();
    expect(rest).toEqual([]);
    expect(meta).toEqual({
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
      injectTo: 'head-prepend',
    });
    expect(script).toEqual({
      tag: 'script',
      attrs: { src: `/${ZOD_CONFIG_FILE}` },
      injectTo: 'head-prepend',
    });
  });

  it("turns Zod's eval-based compiler off without eval itself", () => {
    const config: Record<string, unknown> = {};
    // The script only assigns a global: run it against a stand-in for globalThis.
    const run = new Function('globalThis', ZOD_CONFIG_SCRIPT) as (target: object) => void;
    run(config);
    expect(config).toEqual({ __zod_globalConfig: { jitless: true } });
  });
});
