const mac: Record<string, string> = {
  Mod: '⌘',
  Shift: '⇧',
  Alt: '⌥',
  Backspace: '⌫',
  Delete: '⌦',
  Escape: 'Esc',
};
const other: Record<string, string> = { Mod: 'Ctrl', Shift: 'Shift', Alt: 'Alt', Escape: 'Esc' };
const common: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  '-': '−',
};

/** How a `shortcutList` key token is printed: ⌘/⇧/⌥ on macOS, words elsewhere; letters upper-case. */
export function keyLabel(token: string, isMac: boolean): string {
  const named = (isMac ? mac : other)[token] ?? common[token];
  if (named) return named;
  return token.length === 1 ? token.toUpperCase() : token;
}
