import { NextIntlClientProvider } from 'next-intl';
import { createElement as h, type ReactNode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { EditorStoreProvider, useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import type { SimulationTrace } from '@/components/editor/store/editor-state';
import { type FlowDocument } from '@/core';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

/** Loads the store before the first server render (zustand's server snapshot is its initial state). */
function Loader({
  doc,
  trace,
  children,
}: {
  doc: FlowDocument;
  trace: SimulationTrace | null;
  children: ReactNode;
}) {
  const api = useEditorStoreApi();
  useState(() => {
    api.getState().load({ doc, revision: 1 });
    api.getState().setSimulationTrace(trace);
    api.getInitialState = api.getState;
    return true;
  });
  return children;
}

/** Server-renders `element` inside an editor store holding `doc` (and `trace`); missing messages throw. */
export function renderInEditor(options: {
  element: ReactNode;
  doc: FlowDocument;
  trace?: SimulationTrace | null;
  locale: 'en' | 'zh-CN';
}): string {
  return renderToString(
    h(NextIntlClientProvider, {
      locale: options.locale,
      messages: options.locale === 'en' ? en : zh,
      timeZone: 'Asia/Shanghai',
      onError: (error: Error) => {
        throw error;
      },
      children: h(EditorStoreProvider, {
        children: h(Loader, { doc: options.doc, trace: options.trace ?? null, children: options.element }),
      }),
    }),
  );
}
