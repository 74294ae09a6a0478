/**
 * The Content Security Policy of the built app. Everything the page loads is bundled and served
 * from its own origin, so the policy names no other origin: scripts, styles, fonts, images and
 * workers come from 'self' (plus data:/blob: for fonts, images, workers and the downloads made
 * from Blobs), and nothing may be fetched, framed, posted or used as a base URL elsewhere.
 *
 * Only the build gets it (as a `<meta>`), and `vite preview` (so `npm start`) sends it as a
 * header too: the dev server needs inline scripts for React Refresh.
 */
import type { Plugin } from 'vite';

/** Directive → sources. Every source is a keyword or a scheme, never a host. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // Monaco writes style attributes through innerHTML and adds <style> elements at run time.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'worker-src': ["'self'", 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** `default-src 'self'; script-src 'self'; …` */
export function contentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The policy as an HTTP header, which can also forbid framing (a `<meta>` cannot). */
export function contentSecurityPolicyHeader(): string {
  return `${contentSecurityPolicy()}; frame-ancestors 'none'`;
}

/**
 * Zod compiles its object parsers with `new Function` where eval is allowed, and to find out it
 * tries once; under this policy the attempt fails (Zod then interprets) but is still reported as
 * a violation. Zod reads its configuration from `globalThis.__zod_globalConfig` when that exists,
 * so this classic script, run before the app's modules, turns the compiler off up front.
 * (`z.config()` in the app would run too late: the schemas are built in a shared chunk that is
 * evaluated before the entry module's own code.)
 */
export const ZOD_CONFIG_FILE = 'assets/zod-jitless.js';
export const ZOD_CONFIG_SCRIPT = 'globalThis.__zod_globalConfig = { jitless: true };\n';

/** Adds the policy to the built index.html, first in its head, and the Zod setting after it. */
export function cspPlugin(): Plugin {
  let base = '/';
  return {
    name: 'polyaxon-env:csp',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ZOD_CONFIG_FILE, source: ZOD_CONFIG_SCRIPT });
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
        { tag: 'script', attrs: { src: `${base}${ZOD_CONFIG_FILE}` }, injectTo: 'head-prepend' },
      ],
    },
  };
}
