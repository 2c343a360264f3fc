import { describe, expect, it } from 'vitest';
import { matchShortcut, type KeyInput } from '@/components/editor/canvas/match-shortcut';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: '',
  metaKey: false,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  ...extra,
});

describe('matchShortcut', () => {
  it('reads the chords the help overlay lists', () => {
    expect(matchShortcut(key('z', { ctrlKey: true }))).toBe('undo');
    expect(matchShortcut(key('z', { metaKey: true }))).toBe('undo');
    expect(matchShortcut(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(matchShortcut(key('y', { ctrlKey: true }))).toBe('redo');
    expect(matchShortcut(key('d', { ctrlKey: true }))).toBe('duplicate');
    expect(matchShortcut(key('a', { metaKey: true }))).toBe('selectAll');
    expect(matchShortcut(key('Delete'))).toBe('delete');
    expect(matchShortcut(key('Backspace'))).toBe('delete');
    expect(matchShortcut(key('L', { shiftKey: true }))).toBe('autoLayout');
    expect(matchShortcut(key('!', { shiftKey: true, code: 'Digit1' }))).toBe('fitView');
    expect(matchShortcut(key('+', { shiftKey: true }))).toBe('zoomIn');
    expect(matchShortcut(key('-'))).toBe('zoomOut');
    expect(matchShortcut(key('ArrowLeft'))).toBe('nudge');
    expect(matchShortcut(key('ArrowDown', { shiftKey: true }))).toBe('nudgeFar');
    expect(matchShortcut(key('Escape'))).toBe('deselect');
    expect(matchShortcut(key('?', { shiftKey: true }))).toBe('showShortcuts');
  });

  it('does not fire on plain typing or on other modifier combinations', () => {
    expect(matchShortcut(key('z'))).toBeNull();
    expect(matchShortcut(key('l'))).toBeNull();
    expect(matchShortcut(key('z', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchShortcut(key('d', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(matchShortcut(key('1'))).toBeNull();
  });
});
