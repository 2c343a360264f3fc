'use client';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import { createEditorStore, type EditorStoreOptions } from './create-editor-store';
import { type EditorState } from './editor-state';

const EditorStoreContext = createContext<StoreApi<EditorState> | null>(null);

/** One store per editor instance: two editors on a page (or two tests) never share state. */
export function EditorStoreProvider({
  options,
  initial,
  children,
}: {
  options?: EditorStoreOptions;
  /** Loaded into the new store before the first render. */
  initial?: Parameters<EditorState['load']>[0];
  children: ReactNode;
}) {
  const [store] = useState(() => {
    const created = createEditorStore(options);
    if (initial) created.getState().load(initial);
    return created;
  });
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read state without subscribing (`getState()`). */
export function useEditorStoreApi(): StoreApi<EditorState> {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorStoreApi() outside <EditorStoreProvider>');
  return store;
}

/** Subscribes to a narrow slice; keep selectors small so a node re-renders only when its own data changes. */
export function useEditorStore<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStoreApi(), selector);
}
