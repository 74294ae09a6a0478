/**
 * Every keyboard shortcut the page knows, as data: the app's own (matched here, run by
 * `useShortcuts`) and Monaco's (listed in the help dialog only; Monaco handles them itself).
 *
 * How the keys were picked (Chromium lets a page take all of them with preventDefault; the keys it
 * keeps for itself, such as Ctrl+N, Ctrl+T and Ctrl+W, are avoided):
 * - none of the app's keys is one of Monaco's own bindings in this build: Ctrl+Shift+F (Fix all) is
 *   free, while Shift+Alt+F is Monaco's "format" and Cmd+Alt+F its replace on a Mac; Ctrl+E is
 *   Monaco's "find with selection" on a Mac, so export is Ctrl+Shift+E; F1 is Monaco's command
 *   palette, so it opens the help only outside the YAML pane;
 * - `?` is not taken while typing; undo and redo are taken everywhere, Monaco and form fields
 *   included, because the page has one history for every change (app/state/history.ts);
 * - Alt+1/2/3 are matched by physical key, since Alt changes the character on a Mac (Alt+1 is ¡);
 * - "New" is Alt+N because Ctrl+N (new window) cannot be taken from the browser.
 */

/** The actions the app binds keys to; handlers are passed to `useShortcuts` by id. */
export type ShortcutId =
  | 'help'
  | 'openFile'
  | 'fixAll'
  | 'focusYaml'
  | 'focusForm'
  | 'focusProblems'
  | 'undo'
  | 'redo'
  | 'export'
  | 'share'
  | 'new';

/** Where the focus is when a key is pressed. */
export type FocusPlace =
  /** Nowhere special: a button, a select, the page itself. */
  | 'page'
  /** A text input, a text area or an editable element (not Monaco). */
  | 'text'
  /** The YAML pane (Monaco, or the plain text area standing in for it). */
  | 'yaml'
  /** Inside a modal dialog: the page's shortcuts are off; the dialog has its own keys. */
  | 'dialog';

export interface KeyCombo {
  /** `KeyboardEvent.key`, letters compared case-insensitively (`o`, `?`, `F1`, `.`). */
  readonly key?: string;
  /** `KeyboardEvent.code`, for keys whose `key` changes with Alt or the layout (`Digit1`). */
  readonly code?: string;
  /** Ctrl, or ⌘ on a Mac. */
  readonly mod?: boolean;
  /** The Control key itself, on every platform (Monaco's ⌃Space on a Mac). */
  readonly ctrl?: boolean;
  /** Shift pressed; `'any'` for characters typed with or without it depending on the layout (`?`). */
  readonly shift?: boolean | 'any';
  readonly alt?: boolean;
  /** Only on this platform. */
  readonly platform?: 'mac' | 'other';
  /** Not taken while the focus is there: `text` is any text field and the YAML pane. */
  readonly except?: 'text' | 'yaml';
}

interface ShortcutBase {
  readonly description: string;
  /** Alternatives: any of them runs the shortcut. */
  readonly keys: readonly KeyCombo[];
}

/** One of the app's own shortcuts; the group it is listed in is its `scope`. */
export interface AppShortcut extends ShortcutBase {
  readonly scope: 'app';
  readonly id: ShortcutId;
}

/** One of Monaco's own keys, listed for the YAML pane. */
export interface EditorShortcut extends ShortcutBase {
  readonly scope: 'yaml';
  readonly id: string;
}

export type Shortcut = AppShortcut | EditorShortcut;
export type ShortcutScope = Shortcut['scope'];

export const SCOPE_TITLES: Record<ShortcutScope, string> = {
  app: 'Anywhere on the page',
  yaml: 'In the YAML pane',
};

export const SHORTCUTS: readonly Shortcut[] = [
  {
    scope: 'app',
    id: 'help',
    description: 'Show the keyboard shortcuts',
    keys: [
      { key: '?', shift: 'any', except: 'text' },
      { key: 'F1', except: 'yaml' },
    ],
  },
  { scope: 'app', id: 'openFile', description: 'Open a file', keys: [{ key: 'o', mod: true }] },
  {
    scope: 'app',
    id: 'fixAll',
    description: 'Fix all (shows the changes first)',
    keys: [{ key: 'f', mod: true, shift: true }],
  },
  { scope: 'app', id: 'focusForm', description: 'Go to the form', keys: [{ code: 'Digit1', alt: true }] },
  { scope: 'app', id: 'focusYaml', description: 'Go to the YAML', keys: [{ code: 'Digit2', alt: true }] },
  {
    scope: 'app',
    id: 'focusProblems',
    description: 'Go to the problems list',
    keys: [{ code: 'Digit3', alt: true }],
  },
  {
    scope: 'app',
    id: 'undo',
    description: 'Undo',
    keys: [{ key: 'z', mod: true }],
  },
  {
    scope: 'app',
    id: 'redo',
    description: 'Redo',
    keys: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true, platform: 'other' },
    ],
  },
  { scope: 'app', id: 'export', description: 'Export', keys: [{ key: 'e', mod: true, shift: true }] },
  { scope: 'app', id: 'share', description: 'Share a link', keys: [{ key: 's', mod: true, shift: true }] },
  { scope: 'app', id: 'new', description: 'New document', keys: [{ code: 'KeyN', alt: true }] },
  {
    scope: 'yaml',
    id: 'yaml.quickFix',
    description: 'Quick fix for the problem at the cursor',
    keys: [{ key: '.', mod: true }],
  },
  {
    scope: 'yaml',
    id: 'yaml.nextProblem',
    description: 'Next / previous problem',
    keys: [{ key: 'F8' }, { key: 'F8', shift: true }],
  },
  {
    scope: 'yaml',
    id: 'yaml.complete',
    description: 'Suggest keys and values',
    keys: [
      { key: ' ', mod: true, platform: 'other' },
      { key: ' ', ctrl: true, platform: 'mac' },
    ],
  },
  { scope: 'yaml', id: 'yaml.find', description: 'Find', keys: [{ key: 'f', mod: true }] },
  {
    scope: 'yaml',
    id: 'yaml.replace',
    description: 'Find and replace',
    keys: [
      { key: 'h', mod: true, platform: 'other' },
      { key: 'f', mod: true, alt: true, platform: 'mac' },
    ],
  },
  {
    scope: 'yaml',
    id: 'yaml.comment',
    description: 'Comment or uncomment lines',
    keys: [{ key: '/', mod: true }],
  },
  {
    scope: 'yaml',
    id: 'yaml.tabMoves',
    description: 'Switch Tab between indenting and moving the focus out',
    keys: [
      { key: 'm', mod: true, platform: 'other' },
      { key: 'm', ctrl: true, shift: true, platform: 'mac' },
    ],
  },
];

/** What `matchShortcut` reads of a keydown: a `KeyboardEvent` fits, and so does a plain object. */
export interface KeyEventLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly repeat?: boolean;
  readonly isComposing?: boolean;
}

export interface MatchContext {
  readonly place: FocusPlace;
  readonly mac: boolean;
}

function isExcluded(except: KeyCombo['except'], place: FocusPlace): boolean {
  if (except === 'text') return place === 'text' || place === 'yaml';
  if (except === 'yaml') return place === 'yaml';
  return false;
}

/** Whether one key combination is what was pressed, on this platform and with the focus there. */
export function comboMatches(combo: KeyCombo, event: KeyEventLike, { place, mac }: MatchContext): boolean {
  if (combo.platform && combo.platform !== (mac ? 'mac' : 'other')) return false;
  if (isExcluded(combo.except, place)) return false;
  if (combo.code !== undefined && event.code !== combo.code) return false;
  if (combo.key !== undefined && event.key.toLowerCase() !== combo.key.toLowerCase()) return false;
  // Ctrl is the modifier on Linux and Windows, ⌘ on a Mac; the other one must not be down.
  const wantCtrl = Boolean(combo.ctrl) || (!mac && Boolean(combo.mod));
  const wantMeta = mac && Boolean(combo.mod);
  if (event.ctrlKey !== wantCtrl || event.metaKey !== wantMeta) return false;
  if (event.altKey !== Boolean(combo.alt)) return false;
  return combo.shift === 'any' || event.shiftKey === Boolean(combo.shift);
}

/** The app's shortcut a keydown asks for, or null (Monaco's own keys are never matched here). */
export function matchShortcut(event: KeyEventLike, context: MatchContext): ShortcutId | null {
  if (context.place === 'dialog' || event.repeat || event.isComposing) return null;
  for (const shortcut of SHORTCUTS) {
    if (shortcut.scope !== 'app') continue;
    if (shortcut.keys.some((combo) => comboMatches(combo, event, context))) return shortcut.id;
  }
  return null;
}

const KEY_NAMES: Record<string, string> = { ' ': 'Space', '?': '?' };

function keyName(combo: KeyCombo): string {
  if (combo.code?.startsWith('Digit')) return combo.code.slice('Digit'.length);
  if (combo.code?.startsWith('Key')) return combo.code.slice('Key'.length);
  const key = combo.key ?? combo.code ?? '';
  return KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
}

/** The keys of a combination as shown, one string per key: `['Ctrl', 'Shift', 'F']`, `['⌘', '⇧', 'F']`. */
export function comboKeys(combo: KeyCombo, mac: boolean): string[] {
  const keys: string[] = [];
  if (combo.ctrl) keys.push(mac ? '⌃' : 'Ctrl');
  if (combo.mod && !combo.ctrl) keys.push(mac ? '⌘' : 'Ctrl');
  if (combo.alt) keys.push(mac ? '⌥' : 'Alt');
  if (combo.shift === true) keys.push(mac ? '⇧' : 'Shift');
  keys.push(keyName(combo));
  return keys;
}

/** Where a combination does not work, in words, or null when it works everywhere. */
export function comboNote(combo: KeyCombo): string | null {
  if (combo.except === 'text') return 'outside text fields and the YAML';
  if (combo.except === 'yaml') return 'outside the YAML';
  return null;
}

/** The combinations to show on this platform. */
export function combosFor(shortcut: Shortcut, mac: boolean): KeyCombo[] {
  return shortcut.keys.filter((combo) => !combo.platform || combo.platform === (mac ? 'mac' : 'other'));
}
