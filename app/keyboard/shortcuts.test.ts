import { describe, expect, it } from 'vitest';
import {
  comboKeys,
  comboMatches,
  comboNote,
  combosFor,
  matchShortcut,
  SHORTCUTS,
  type FocusPlace,
  type KeyEventLike,
} from './shortcuts';

const NO_MODIFIERS = { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };

function key(k: string, more: Partial<KeyEventLike> = {}): KeyEventLike {
  return { ...NO_MODIFIERS, key: k, ...more };
}

const LINUX = { place: 'page' as FocusPlace, mac: false };
const MAC = { place: 'page' as FocusPlace, mac: true };
const at = (place: FocusPlace, mac = false) => ({ place, mac });

describe('matchShortcut', () => {
  it('opens the help with ? outside text fields only', () => {
    expect(matchShortcut(key('?', { shiftKey: true }), LINUX)).toBe('help');
    // Layouts where ? needs no Shift.
    expect(matchShortcut(key('?'), LINUX)).toBe('help');
    expect(matchShortcut(key('?', { shiftKey: true }), at('text'))).toBeNull();
    expect(matchShortcut(key('?', { shiftKey: true }), at('yaml'))).toBeNull();
    expect(matchShortcut(key('?', { shiftKey: true, ctrlKey: true }), LINUX)).toBeNull();
  });

  it('takes F1 everywhere but in the YAML pane, where it is Monaco’s', () => {
    expect(matchShortcut(key('F1'), LINUX)).toBe('help');
    expect(matchShortcut(key('F1'), at('text'))).toBe('help');
    expect(matchShortcut(key('F1'), at('yaml'))).toBeNull();
    expect(matchShortcut(key('F1', { shiftKey: true }), LINUX)).toBeNull();
  });

  it('uses Ctrl on Linux and Windows, ⌘ on a Mac, and not both', () => {
    expect(matchShortcut(key('o', { ctrlKey: true }), LINUX)).toBe('openFile');
    expect(matchShortcut(key('o', { metaKey: true }), LINUX)).toBeNull();
    expect(matchShortcut(key('o', { metaKey: true }), MAC)).toBe('openFile');
    expect(matchShortcut(key('o', { ctrlKey: true }), MAC)).toBeNull();
    expect(matchShortcut(key('o', { ctrlKey: true, metaKey: true }), LINUX)).toBeNull();
    expect(matchShortcut(key('o'), LINUX)).toBeNull();
  });

  it('takes the global shortcuts while typing too, Monaco included', () => {
    for (const place of ['page', 'text', 'yaml'] as const) {
      expect(matchShortcut(key('O', { ctrlKey: true }), at(place))).toBe('openFile');
      expect(matchShortcut(key('F', { ctrlKey: true, shiftKey: true }), at(place))).toBe('fixAll');
      expect(matchShortcut(key('2', { code: 'Digit2', altKey: true }), at(place))).toBe('focusYaml');
    }
  });

  it('tells Fix all (Ctrl+Shift+F) from Monaco’s find (Ctrl+F) and format (Shift+Alt+F)', () => {
    expect(matchShortcut(key('f', { ctrlKey: true }), at('yaml'))).toBeNull();
    expect(matchShortcut(key('F', { shiftKey: true, altKey: true }), at('yaml'))).toBeNull();
    expect(matchShortcut(key('F', { metaKey: true, shiftKey: true }), MAC)).toBe('fixAll');
  });

  it('matches Alt+1/2/3 by physical key, whatever character Alt gives', () => {
    expect(matchShortcut(key('1', { code: 'Digit1', altKey: true }), LINUX)).toBe('focusForm');
    expect(matchShortcut(key('2', { code: 'Digit2', altKey: true }), LINUX)).toBe('focusYaml');
    expect(matchShortcut(key('3', { code: 'Digit3', altKey: true }), LINUX)).toBe('focusProblems');
    // Option+1 on a Mac types ¡.
    expect(matchShortcut(key('¡', { code: 'Digit1', altKey: true }), MAC)).toBe('focusForm');
    expect(matchShortcut(key('1', { code: 'Digit1' }), LINUX)).toBeNull();
    // AltGr is Ctrl+Alt: it types characters, it is not a shortcut.
    expect(matchShortcut(key('1', { code: 'Digit1', altKey: true, ctrlKey: true }), LINUX)).toBeNull();
  });

  it('takes undo and redo everywhere: the page has one history', () => {
    expect(matchShortcut(key('z', { ctrlKey: true }), LINUX)).toBe('undo');
    expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }), LINUX)).toBe('redo');
    expect(matchShortcut(key('y', { ctrlKey: true }), LINUX)).toBe('redo');
    expect(matchShortcut(key('y', { metaKey: true }), MAC)).toBeNull();
    expect(matchShortcut(key('z', { metaKey: true }), MAC)).toBe('undo');
    expect(matchShortcut(key('z', { ctrlKey: true }), at('text'))).toBe('undo');
    expect(matchShortcut(key('z', { ctrlKey: true }), at('yaml'))).toBe('undo');
    expect(matchShortcut(key('y', { ctrlKey: true }), at('yaml'))).toBe('redo');
  });

  it('knows the reserved ids', () => {
    expect(matchShortcut(key('E', { ctrlKey: true, shiftKey: true }), LINUX)).toBe('export');
    expect(matchShortcut(key('S', { ctrlKey: true, shiftKey: true }), LINUX)).toBe('share');
    expect(matchShortcut(key('n', { code: 'KeyN', altKey: true }), LINUX)).toBe('new');
    // Ctrl+E, Ctrl+S and Ctrl+N stay the browser's (or Monaco's).
    expect(matchShortcut(key('e', { ctrlKey: true }), LINUX)).toBeNull();
    expect(matchShortcut(key('s', { ctrlKey: true }), LINUX)).toBeNull();
    expect(matchShortcut(key('n', { ctrlKey: true }), LINUX)).toBeNull();
  });

  it('never matches Monaco’s own keys, held keys, composition, or inside a dialog', () => {
    expect(matchShortcut(key('.', { ctrlKey: true }), at('yaml'))).toBeNull();
    expect(matchShortcut(key('F8'), at('yaml'))).toBeNull();
    expect(matchShortcut(key(' ', { ctrlKey: true }), at('yaml'))).toBeNull();
    expect(matchShortcut(key('o', { ctrlKey: true, repeat: true }), LINUX)).toBeNull();
    expect(matchShortcut(key('?', { isComposing: true }), LINUX)).toBeNull();
    expect(matchShortcut(key('o', { ctrlKey: true }), at('dialog'))).toBeNull();
    expect(matchShortcut(key('F1'), at('dialog'))).toBeNull();
  });
});

describe('the registry', () => {
  it('binds no two app shortcuts to the same keys, on either platform', () => {
    const events: KeyEventLike[] = [];
    for (const k of ['?', 'F1', 'o', 'f', 'z', 'y', 'e', 's', 'n', '1', '2', '3'])
      for (const ctrlKey of [false, true])
        for (const metaKey of [false, true])
          for (const shiftKey of [false, true])
            for (const altKey of [false, true]) {
              const code = /\d/.test(k) ? `Digit${k}` : `Key${k.toUpperCase()}`;
              events.push({ key: k, code, ctrlKey, metaKey, shiftKey, altKey });
            }
    for (const mac of [false, true])
      for (const event of events) {
        const matching = SHORTCUTS.filter(
          (s) => s.scope === 'app' && s.keys.some((c) => comboMatches(c, event, { place: 'page', mac })),
        );
        expect(matching.map((s) => s.id).length, JSON.stringify(event)).toBeLessThanOrEqual(1);
      }
  });

  it('has a description and keys for every shortcut on both platforms', () => {
    for (const shortcut of SHORTCUTS) {
      expect(shortcut.description).not.toBe('');
      expect(combosFor(shortcut, false).length).toBeGreaterThan(0);
      expect(combosFor(shortcut, true).length).toBeGreaterThan(0);
    }
    expect(new Set(SHORTCUTS.map((s) => s.id)).size).toBe(SHORTCUTS.length);
  });
});

describe('comboKeys and comboNote', () => {
  it('writes the keys for the platform', () => {
    const fixAll = { key: 'f', mod: true, shift: true } as const;
    expect(comboKeys(fixAll, false)).toEqual(['Ctrl', 'Shift', 'F']);
    expect(comboKeys(fixAll, true)).toEqual(['⌘', '⇧', 'F']);
    expect(comboKeys({ code: 'Digit3', alt: true }, false)).toEqual(['Alt', '3']);
    expect(comboKeys({ code: 'KeyN', alt: true }, true)).toEqual(['⌥', 'N']);
    expect(comboKeys({ key: ' ', ctrl: true }, true)).toEqual(['⌃', 'Space']);
    expect(comboKeys({ key: '?', shift: 'any' }, false)).toEqual(['?']);
    expect(comboKeys({ key: 'F8', shift: true }, false)).toEqual(['Shift', 'F8']);
  });

  it('says where a combination does not work', () => {
    expect(comboNote({ key: '?', except: 'text' })).toBe('outside text fields and the YAML');
    expect(comboNote({ key: 'F1', except: 'yaml' })).toBe('outside the YAML');
    expect(comboNote({ key: 'o', mod: true })).toBeNull();
  });
});
