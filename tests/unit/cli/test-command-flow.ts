import { type FlowDocument } from '@/core';
import { defineExampleDocument } from '@/core/examples/define-example-document';

const text = (value: string) => ({ kind: 'text' as const, text: value });

/**
 * A small flow for `replyflow test`: "hi" greets, waits `delaySeconds` (a delay node) and asks
 * "Still there?"; "order" calls an HTTP API and replies with the mapped `order_status`.
 */
export function testCommandFlow(options: { hello?: string; delaySeconds?: number } = {}): FlowDocument {
  return defineExampleDocument({
    document: { variables: [{ name: 'order_status' }] },
    nodes: [
      { id: 'kw-hi', type: 'keyword-trigger', data: { keywords: ['hi'] } },
      {
        id: 'send-hello',
        type: 'send-message',
        data: { messages: [text(options.hello ?? 'Hello {{ contact.name | default: "friend" }}')] },
      },
      { id: 'delay', type: 'delay', data: { seconds: options.delaySeconds ?? 60 } },
      { id: 'send-later', type: 'send-message', data: { messages: [text('Still there?')] } },
      { id: 'kw-order', type: 'keyword-trigger', data: { keywords: ['order'] } },
      {
        id: 'http-order',
        type: 'http-request',
        data: {
          url: 'https://orders.invalid/api/orders/1',
          responseMappings: [{ variable: 'order_status', path: 'status' }],
        },
      },
      { id: 'send-status', type: 'send-message', data: { messages: [text('Order is {{ order_status }}')] } },
      { id: 'send-error', type: 'send-message', data: { messages: [text('Lookup failed')] } },
    ],
    edges: [
      ['kw-hi', 'out', 'send-hello'],
      ['send-hello', 'out', 'delay'],
      ['delay', 'out', 'send-later'],
      ['kw-order', 'out', 'http-order'],
      ['http-order', 'success', 'send-status'],
      ['http-order', 'error', 'send-error'],
    ],
  });
}
