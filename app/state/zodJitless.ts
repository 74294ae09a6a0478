// Zod reads its settings from this global object. In the check worker no classic script runs
// before the modules (zod-jitless.js does that for the page), so this module, imported first,
// turns Zod's compiler off, and with it the `new Function` probe a Content Security Policy reports.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
(scope.__zod_globalConfig ??= {})['jitless'] = true;
