import { type ShortcutId, shortcutList } from '../panels/shortcut-list';

export interface KeyInput {
  key: string;
  code: string;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const MODIFIERS = new Set(['Mod', 'Shift', 'Alt']);
/** Printable symbols: which modifiers produce them depends on the keyboard layout, so Shift is not compared. */
const isSymbol = (token: string) => token.length === 1 && !/[a-z0-9]/i.test(token);

function matches(chord: readonly string[], e: KeyInput): boolean {
  const main = chord.find((t) => !MODIFIERS.has(t));
  if (main === undefined || main === 'click' || main === 'drag') return false;
  // ⌘ on macOS, Ctrl elsewhere; either is accepted so an external keyboard never surprises.
  const mod = e.metaKey || e.ctrlKey;
  if (chord.includes('Mod') !== mod || chord.includes('Alt') !== e.altKey) return false;
  if (!isSymbol(main) && chord.includes('Shift') !== e.shiftKey) return false;
  if (/^[0-9]$/.test(main)) return e.code === `Digit${main}`;
  if (main.length === 1) return e.key.toLowerCase() === main.toLowerCase();
  return e.key === main;
}

/** The shortcut (from the list the help overlay shows) that a key press means, if any. */
export function matchShortcut(e: KeyInput): ShortcutId | null {
  for (const shortcut of shortcutList) {
    if (shortcut.keys.some((chord) => matches(chord, e))) return shortcut.id;
  }
  return null;
}
