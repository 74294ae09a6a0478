/**
 * The one module that sets Monaco up: a slim, fully local build (no CDN, no unused language
 * workers), the YAML language with monaco-yaml, and the workers it needs.
 * Imported only by the lazily loaded editor chunk.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import 'monaco-editor/esm/vs/base/browser/ui/codicons/codiconStyles.js';
import 'monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js';
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/esm/vs/editor/contrib/codeAction/browser/codeActionContributions.js';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js';
// F8 / Shift+F8: next and previous problem, listed in the keyboard shortcuts dialog.
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js';
// Ctrl+M (⌃⇧M on a Mac): Tab moves the focus out of the editor instead of indenting.
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import type { MonacoYaml } from 'monaco-yaml';
import { configureMonacoYaml } from 'monaco-yaml';
import { documentJsonSchema } from '../../src/index';
import YamlWorker from './yaml.worker?worker';

export type Monaco = typeof monaco;

let yaml: MonacoYaml | null = null;

/** Monaco's light and dark themes, with the colours that fail WCAG AA contrast (axe) fixed. */
export const THEMES = { light: 'checker-light', dark: 'checker-dark' } as const;

function defineThemes(): void {
  // The last line's dimmed number is 1.8:1 in `vs`; comments are 4.2:1 in `vs-dark`.
  monaco.editor.defineTheme(THEMES.light, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editorLineNumber.dimmedForeground': '#6e7681' },
  });
  monaco.editor.defineTheme(THEMES.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '6a9955' }],
    colors: { 'editorLineNumber.dimmedForeground': '#8a8a8a' },
  });
}

function createWorker(_workerId: string, label: string): Worker {
  if (label === 'yaml') return new YamlWorker();
  if (label === 'editorWorkerService') return new EditorWorker();
  throw new Error(`No Monaco worker for label "${label}".`);
}

/**
 * Monaco as monaco-yaml sees it, minus code actions: its only ones turn a string into a block
 * scalar, and each request (Monaco asks whenever the cursor moves, so on every keystroke) parses
 * the whole text again in its worker, ~100 ms of a core per keystroke on a 5,000-line file. The
 * quick fixes offered are the checker's (codeActions.ts).
 */
function withoutCodeActions(m: Monaco): Monaco {
  return { ...m, languages: { ...m.languages, registerCodeActionProvider: () => ({ dispose() {} }) } };
}

/** Sets Monaco up once; later calls return the same instance. */
export function setUpMonaco(): Monaco {
  if (yaml) return monaco;
  window.MonacoEnvironment = { getWorker: createWorker };
  // Hand the local module to @monaco-editor/react; without this it loads Monaco from a CDN.
  loader.config({ monaco });
  defineThemes();
  yaml = configureMonacoYaml(withoutCodeActions(monaco), {
    enableSchemaRequest: false,
    // The core's checker reports every problem (YAML syntax included) as our own markers, so
    // monaco-yaml's validation would only repeat them. It still provides folding, outline and
    // formatting, and hover and completion once a schema is given.
    validate: false,
    completion: true,
    hover: true,
    // Hover docs and completion come from the core's Zod schemas, the same text the form shows.
    schemas: [
      {
        uri: 'inmemory://schemas/polyaxon-environment.json',
        fileMatch: ['*'],
        schema: documentJsonSchema() as never,
      },
    ],
  });
  return monaco;
}
