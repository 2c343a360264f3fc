'use client';
import { useEffect, useRef } from 'react';
import { type StoreApi } from 'zustand';
import { parseClipboardFragment } from '../store/clipboard-fragment';
import { type EditorState, type XY } from '../store/editor-state';
import { type ShortcutId } from '../panels/shortcut-list';
import { isTypingTarget } from './is-typing-target';
import { matchShortcut } from './match-shortcut';

export interface ShortcutHandlers {
  autoLayout(): void;
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  showHelp(): void;
  /** Where a paste lands: the pointer's flow position while it is over the canvas. */
  pastePosition(): XY | undefined;
}

const NUDGE = 20;
const NUDGE_FAR = 200;

/**
 * The editor's keyboard shortcuts (see panels/shortcut-list.ts) and clipboard: copy, cut and paste
 * use the system clipboard through the browser's copy/paste events, so nodes travel between tabs
 * and flows. Keys typed into a text field, or while a dialog is open, are left alone.
 */
export function useEditorShortcuts(store: StoreApi<EditorState>, handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const blocked = (event: Event) =>
      isTypingTarget(event.target) || document.querySelector('dialog[open]') !== null;

    const onKeyDown = (event: KeyboardEvent) => {
      if (blocked(event)) return;
      const id = matchShortcut(event);
      if (id === null) return;
      const s = store.getState();
      const h = latest.current;
      const nudge = (step: number) => () => {
        const arrow = ARROWS[event.key];
        const ids = new Set(s.selectedNodeIds);
        if (!arrow || ids.size === 0) return;
        const moves = s.doc.nodes
          .filter((n) => ids.has(n.id))
          .map((n) => ({
            id: n.id,
            position: { x: n.position.x + arrow.x * step, y: n.position.y + arrow.y * step },
          }));
        s.moveNodes(moves, { dragging: false });
      };
      // Copy, cut and paste arrive as clipboard events; selection gestures belong to the canvas.
      const actions: Record<ShortcutId, (() => void) | null> = {
        undo: s.undo,
        redo: s.redo,
        copy: null,
        paste: null,
        cut: null,
        duplicate: s.duplicateSelection,
        delete: s.deleteSelection,
        selectAll: s.selectAll,
        multiSelect: null,
        autoLayout: h.autoLayout,
        fitView: h.fitView,
        zoomIn: h.zoomIn,
        zoomOut: h.zoomOut,
        nudge: nudge(NUDGE),
        nudgeFar: nudge(NUDGE_FAR),
        deselect: s.clearSelection,
        showShortcuts: h.showHelp,
      };
      const action = actions[id];
      if (!action) return;
      event.preventDefault();
      action();
    };

    const onCopy = (event: ClipboardEvent, cut: boolean) => {
      if (blocked(event)) return;
      const fragment = store.getState().copySelection();
      if (!fragment || !event.clipboardData) return;
      event.preventDefault();
      event.clipboardData.setData('text/plain', JSON.stringify(fragment));
      if (cut) store.getState().deleteSelection();
    };

    const onPaste = (event: ClipboardEvent) => {
      if (blocked(event) || !event.clipboardData) return;
      const fragment = parseClipboardFragment(event.clipboardData.getData('text/plain'));
      if (!fragment) return;
      event.preventDefault();
      const at = latest.current.pastePosition();
      store.getState().paste(fragment, at ? { at } : {});
    };

    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', onPaste);
    };
  }, [store]);
}

const ARROWS: Record<string, XY> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};
