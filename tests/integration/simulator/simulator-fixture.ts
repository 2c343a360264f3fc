import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { flowDoc, text } from '../runtime/runtime-fixture';

/**
 * A flow exercising what the simulator must show: a QR-scene follow, an ask with retries, a
 * time-window branch, a delay, an HTTP request and a tag.
 */
export function simulatorFlow(options: { orderUrl: string; openReply?: string }) {
  return flowDoc(
    [
      { id: 'on-qr', type: 'event-trigger', data: { event: 'qr-scene', scene: 'promo42' } },
      { id: 'send-qr', type: 'send-message', data: { messages: [text('Welcome from the poster!')] } },
      { id: 'tag-qr', type: 'tag-contact', data: { add: ['poster'] } },
      { id: 'kw-quiz', type: 'keyword-trigger', data: { keywords: ['quiz'], match: 'exact' } },
      {
        id: 'ask-age',
        type: 'ask',
        data: {
          prompt: [text('How old are you?')],
          variable: 'age',
          validation: { kind: 'number', integer: true, min: 1, max: 120 },
          maxRetries: 2,
          retryMessage: 'Please send a number.',
        },
      },
      { id: 'send-age', type: 'send-message', data: { messages: [text('Noted: {{age}}.')] } },
      { id: 'send-giveup', type: 'send-message', data: { messages: [text('Let us try later.')] } },
      { id: 'kw-hours', type: 'keyword-trigger', data: { keywords: ['hours'], match: 'exact' } },
      {
        id: 'route-hours',
        type: 'condition',
        data: {
          branches: [
            {
              id: 'open',
              label: 'Weekdays 9-18',
              conditions: [
                {
                  kind: 'time-window',
                  window: { days: [1, 2, 3, 4, 5], hours: [{ start: '09:00', end: '18:00' }] },
                },
              ],
            },
          ],
        },
      },
      {
        id: 'send-open',
        type: 'send-message',
        data: { messages: [text(options.openReply ?? 'We are open.')] },
      },
      { id: 'send-closed', type: 'send-message', data: { messages: [text('We are closed.')] } },
      { id: 'kw-remind', type: 'keyword-trigger', data: { keywords: ['remind'], match: 'exact' } },
      { id: 'send-wait', type: 'send-message', data: { messages: [text('I will remind you in an hour.')] } },
      { id: 'delay', type: 'delay', data: { seconds: 3600 } },
      { id: 'send-remind', type: 'send-message', data: { messages: [text('Reminder!')] } },
      { id: 'kw-order', type: 'keyword-trigger', data: { keywords: ['order'], match: 'exact' } },
      {
        id: 'http-order',
        type: 'http-request',
        data: {
          method: 'GET',
          url: options.orderUrl,
          timeoutMs: 3000,
          responseMappings: [{ variable: 'status', path: 'order.status' }],
        },
      },
      { id: 'send-status', type: 'send-message', data: { messages: [text('Order status: {{status}}')] } },
      { id: 'send-http-error', type: 'send-message', data: { messages: [text('Order service down.')] } },
    ],
    [
      ['on-qr', 'out', 'send-qr'],
      ['send-qr', 'out', 'tag-qr'],
      ['kw-quiz', 'out', 'ask-age'],
      ['ask-age', 'answer', 'send-age'],
      ['ask-age', 'invalid', 'send-giveup'],
      ['kw-hours', 'out', 'route-hours'],
      ['route-hours', 'open', 'send-open'],
      ['route-hours', 'else', 'send-closed'],
      ['kw-remind', 'out', 'send-wait'],
      ['send-wait', 'out', 'delay'],
      ['delay', 'out', 'send-remind'],
      ['kw-order', 'out', 'http-order'],
      ['http-order', 'success', 'send-status'],
      ['http-order', 'error', 'send-http-error'],
    ],
    [{ name: 'age' }, { name: 'status' }],
  );
}

/** A local order API answering `{ order: { status } }` and counting its calls. */
export async function startOrderServer(status: string) {
  const calls = { count: 0 };
  const server = http.createServer((_req, res) => {
    calls.count += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ order: { status } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders/1`,
    calls,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
