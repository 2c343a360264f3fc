import { describe, expect, it } from 'vitest';
import { buildChatRows } from '@/components/simulator/build-chat-rows';
import { simulation, step, turn } from './panel-fixture';

const HOUR = 3_600_000;

describe('buildChatRows', () => {
  it('draws a text as a user bubble followed by the replies of each turn, in turn order', () => {
    const rows = buildChatRows(
      simulation([
        step({
          action: { type: 'event', event: { type: 'text', text: 'hi' } },
          at: 10,
          clockAfter: 10,
          turns: [
            turn(),
            turn({ cause: { kind: 'event', event: { type: 'http-result', requestId: 'r', status: 200 } } }),
          ],
          replies: [
            { message: { kind: 'text', text: 'second' }, nodeId: 'n2', at: 10, turn: 1 },
            { message: { kind: 'text', text: 'first' }, nodeId: 'n1', at: 10, turn: 0 },
          ],
        }),
      ]),
    );
    expect(rows.map((r) => r.type)).toEqual(['user', 'bot', 'bot']);
    expect(rows[0]).toMatchObject({ type: 'user', input: { type: 'text', text: 'hi' }, at: 10 });
    expect(rows.slice(1).map((r) => (r.type === 'bot' ? r.nodeId : null))).toEqual(['n1', 'n2']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
  });

  it('shows each HTTP exchange before the replies of the turn its result fed', () => {
    const http = (status: number, error: string | null) => ({
      nodeId: 'api',
      request: { method: 'GET', url: 'https://api.example.com/x', headers: {}, body: null },
      response: { status, body: {}, error },
      durationMs: 5,
    });
    const rows = buildChatRows(
      simulation([
        step({
          action: { type: 'event', event: { type: 'text', text: 'order' } },
          turns: [
            turn(),
            turn({ cause: { kind: 'event', event: { type: 'http-result', requestId: 'r1', status: 502 } } }),
            turn({ cause: { kind: 'event', event: { type: 'http-result', requestId: 'r2', status: 200 } } }),
          ],
          replies: [{ message: { kind: 'text', text: 'shipped' }, nodeId: 'n', at: 0, turn: 2 }],
          http: [http(502, null), http(200, null)],
        }),
      ]),
    );
    expect(rows.map((r) => (r.type === 'system' ? `${r.line.kind}:${r.tone}` : r.type))).toEqual([
      'user',
      'http:warning',
      'http:info',
      'bot',
    ]);
    expect(rows[2]).toMatchObject({ line: { kind: 'http', method: 'GET', status: 200, nodeId: 'api' } });
  });

  it('shows events and clock moves as system lines, with the clock after the move', () => {
    const rows = buildChatRows(
      simulation([
        step({ action: { type: 'event', event: { type: 'follow', scene: 'promo42' } } }),
        step({ action: { type: 'event', event: { type: 'scan', scene: 's' } } }),
        step({ action: { type: 'advance', ms: HOUR }, at: 0, clockAfter: HOUR }),
        step({ action: { type: 'set-clock', at: 5 * HOUR }, at: HOUR, clockAfter: 5 * HOUR }),
        step({ action: { type: 'restart', nodeId: 'n9' } }),
        step({ action: { type: 'event', event: { type: 'unfollow' } } }),
      ]),
    );
    expect(rows.map((r) => (r.type === 'system' ? r.line : r.type))).toEqual([
      { kind: 'follow', scene: 'promo42' },
      { kind: 'scan', scene: 's' },
      { kind: 'advance', ms: HOUR, to: HOUR },
      { kind: 'set-clock', to: 5 * HOUR },
      { kind: 'restart', nodeId: 'n9' },
      { kind: 'unfollow' },
    ]);
  });

  it('names the node of a fired timer from the wait that scheduled it', () => {
    const rows = buildChatRows(
      simulation([
        step({
          action: { type: 'event', event: { type: 'text', text: 'go' } },
          turns: [turn({ wait: { kind: 'timer', nodeId: 'delay1', timerId: 't1' } })],
        }),
        step({
          action: { type: 'advance', ms: HOUR },
          clockAfter: HOUR,
          turns: [
            turn({ at: 1800, cause: { kind: 'event', event: { type: 'timer-fired', timerId: 't1' } } }),
          ],
          replies: [{ message: { kind: 'text', text: 'later' }, nodeId: 'n3', at: 1800, turn: 0 }],
        }),
      ]),
    );
    expect(rows.slice(1).map((r) => (r.type === 'system' ? r.line : r.type))).toEqual([
      { kind: 'advance', ms: HOUR, to: HOUR },
      { kind: 'timer-fired', nodeId: 'delay1' },
      'bot',
    ]);
  });

  it('reports expiry, handoff and diagnostics plainly, a step budget hit as an error', () => {
    const rows = buildChatRows(
      simulation([
        step({
          action: { type: 'event', event: { type: 'text', text: 'hello again' } },
          turns: [
            turn({
              newConversation: true,
              closed: 'expired',
              effects: [
                { type: 'handoff', nodeId: 'h', reason: 'asked' },
                {
                  type: 'diagnostic',
                  code: 'step-budget-exceeded',
                  nodeId: 'loop',
                  message: 'Too many steps',
                },
                { type: 'diagnostic', code: 'flow-changed', message: 'Changed' },
              ],
            }),
          ],
        }),
      ]),
    );
    const system = rows.filter((r) => r.type === 'system');
    expect(system.map((r) => [r.line.kind, r.tone])).toEqual([
      ['new-conversation', 'info'],
      ['handoff', 'info'],
      ['diagnostic', 'error'],
      ['diagnostic', 'warning'],
    ]);
    expect(system[2]?.line).toEqual({
      kind: 'diagnostic',
      code: 'step-budget-exceeded',
      message: 'Too many steps',
      nodeId: 'loop',
    });
  });

  it('does not add a new-conversation line for a restart (the restart line says it)', () => {
    const rows = buildChatRows(
      simulation([
        step({
          action: { type: 'restart', nodeId: 'n1' },
          turns: [turn({ cause: { kind: 'restart', nodeId: 'n1' }, newConversation: true, closed: 'ended' })],
        }),
      ]),
    );
    expect(rows.map((r) => (r.type === 'system' ? r.line.kind : r.type))).toEqual(['restart']);
  });
});
