import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { NextIntlClientProvider } from 'next-intl';
import { createElement as h, useState, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { NodeInspector } from '@/components/editor/inspector/node-inspector';
import { EditorStoreProvider, useEditorStoreApi } from '@/components/editor/store/editor-store-context';
import { TRPCProvider } from '@/components/lib/trpc';
import { WorkspaceProvider } from '@/components/shell/workspace-context';
import { createEmptyFlowDocument, type FlowDocument, type NodeType, nodeCatalogue } from '@/core';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import type { AppRouter } from '@/server/api/root';

const types = Object.keys(nodeCatalogue) as NodeType[];

function Loader({
  doc,
  selected,
  readOnly,
  children,
}: {
  doc: FlowDocument;
  selected: string[];
  readOnly: boolean;
  children: ReactNode;
}) {
  const api = useEditorStoreApi();
  useState(() => {
    api.getState().load({ doc, revision: 1, readOnly });
    api.getState().select({ nodeIds: selected });
    // Server rendering reads zustand's initial state; make it the loaded one.
    api.getInitialState = api.getState;
    return true;
  });
  return children;
}

function render(options: {
  doc: FlowDocument;
  selected: string[];
  locale: 'en' | 'zh-CN';
  readOnly?: boolean;
}): string {
  const queryClient = new QueryClient();
  const trpcClient = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: 'http://localhost/api/trpc', transformer: superjson })],
  });
  const inspector = h(Loader, {
    doc: options.doc,
    selected: options.selected,
    readOnly: options.readOnly ?? false,
    children: h(NodeInspector),
  });
  const workspace = {
    workspaceId: '00000000-0000-4000-8000-000000000000',
    workspaceName: 'W',
    role: 'editor' as const,
    userId: 'u',
  };
  const withWorkspace = h(WorkspaceProvider, {
    value: workspace,
    children: h(EditorStoreProvider, { children: inspector }),
  });
  const withQueries = h(QueryClientProvider, {
    client: queryClient,
    children: h(TRPCProvider, { trpcClient, queryClient, children: withWorkspace }),
  });
  return renderToString(
    h(NextIntlClientProvider, {
      locale: options.locale,
      messages: options.locale === 'en' ? en : zh,
      timeZone: 'Asia/Shanghai',
      onError: (error: Error) => {
        throw error;
      },
      children: withQueries,
    }),
  );
}

function docWith(type: NodeType): FlowDocument {
  const doc = createEmptyFlowDocument();
  return {
    ...doc,
    variables: [{ name: 'city', defaultValue: 'Paris' }],
    nodes: [
      {
        id: 'n1',
        type,
        position: { x: 0, y: 0 },
        data: nodeCatalogue[type].defaultData(),
      } as FlowDocument['nodes'][number],
      {
        id: 'n2',
        type: 'send-message',
        position: { x: 0, y: 0 },
        data: { mode: 'all', messages: [{ kind: 'text', text: '{{ zip }}' }] },
      },
    ],
  };
}

describe('NodeInspector renders', () => {
  for (const type of types) {
    for (const locale of ['en', 'zh-CN'] as const) {
      it(`the ${type} form in ${locale}`, () => {
        const html = render({ doc: docWith(type), selected: ['n1'], locale });
        expect(html).toContain(`data-testid="inspector-${type}"`);
      });
    }
  }

  it('the flow panel when nothing or several nodes are selected, listing undeclared variables', () => {
    const doc = docWith('ask');
    for (const selected of [[], ['n1', 'n2']]) {
      const html = render({ doc, selected, locale: 'en' });
      expect(html).toContain('data-testid="inspector-flow"');
      expect(html).toContain('Used but not declared');
      expect(html).toContain('zip');
    }
  });

  it('disabled inputs when read-only', () => {
    const html = render({ doc: docWith('keyword-trigger'), selected: ['n1'], locale: 'en', readOnly: true });
    expect(html).toMatch(/<fieldset[^>]*disabled/);
  });

  it('field errors for invalid data, in the UI language', () => {
    const doc = docWith('ask');
    const node = doc.nodes[0]!;
    if (node.type === 'ask') node.data.maxRetries = -1;
    expect(render({ doc, selected: ['n1'], locale: 'en' })).toContain('Must be at least 0.');
    expect(render({ doc, selected: ['n1'], locale: 'zh-CN' })).toContain('不能小于 0。');
  });
});
