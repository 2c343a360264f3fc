/**
 * One editor shortcut. `keys` lists alternatives; each alternative is a chord of tokens:
 * - modifiers `Mod` (⌘ on macOS, Ctrl elsewhere), `Shift`, `Alt`, always before the key;
 * - one key, as `KeyboardEvent.key` (letters lower-case and matched case-insensitively, `Delete`,
 *   `Backspace`, `Escape`, `ArrowUp`…); a digit means the physical key (`KeyboardEvent.code`
 *   `Digit1`), since Shift changes the character it types;
 * - or a pointer gesture, `click` or `drag`, which the canvas handles rather than the keyboard.
 * `labelKey` is a key of the `editorPanels.shortcuts` messages.
 */
export interface Shortcut {
  id: ShortcutId;
  keys: string[][];
  labelKey: ShortcutId;
}

export type ShortcutId =
  | 'undo'
  | 'redo'
  | 'copy'
  | 'paste'
  | 'cut'
  | 'duplicate'
  | 'delete'
  | 'selectAll'
  | 'multiSelect'
  | 'autoLayout'
  | 'fitView'
  | 'zoomIn'
  | 'zoomOut'
  | 'nudge'
  | 'nudgeFar'
  | 'deselect'
  | 'showShortcuts';

const arrows = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];
const shortcut = (id: ShortcutId, keys: string[][]): Shortcut => ({ id, keys, labelKey: id });

/** The editor's shortcuts, in the order the help lists them. The keyboard handler reads the same list. */
export const shortcutList: readonly Shortcut[] = [
  shortcut('undo', [['Mod', 'z']]),
  shortcut('redo', [
    ['Mod', 'Shift', 'z'],
    ['Mod', 'y'],
  ]),
  shortcut('copy', [['Mod', 'c']]),
  shortcut('paste', [['Mod', 'v']]),
  shortcut('cut', [['Mod', 'x']]),
  shortcut('duplicate', [['Mod', 'd']]),
  shortcut('delete', [['Delete'], ['Backspace']]),
  shortcut('selectAll', [['Mod', 'a']]),
  shortcut('multiSelect', [
    ['Shift', 'click'],
    ['Shift', 'drag'],
  ]),
  shortcut('autoLayout', [['Shift', 'l']]),
  shortcut('fitView', [['Shift', '1']]),
  shortcut('zoomIn', [['+'], ['=']]),
  shortcut('zoomOut', [['-']]),
  shortcut(
    'nudge',
    arrows.map((key) => [key]),
  ),
  shortcut(
    'nudgeFar',
    arrows.map((key) => ['Shift', key]),
  ),
  shortcut('deselect', [['Escape']]),
  shortcut('showShortcuts', [['?']]),
];
