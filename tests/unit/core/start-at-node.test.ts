import { describe, expect, it } from 'vitest';
import { initialConversationState, startAtNode, step } from '@/core';
import { buildFlow, compileOrThrow, MONDAY_10AM, replies } from './helpers/conversation';

const text = (value: string) => ({ kind: 'text' as const, text: value });

const compiled = compileOrThrow(
  buildFlow(
    [
      { id: 'kw-order', type: 'keyword-trigger', data: { keywords: ['order'], match: 'exact' } },
      {
        id: 'ask',
        type: 'ask',
        data: { prompt: [text('Order number?')], variable: 'n', timeoutSeconds: 60 },
      },
      { id: 'send', type: 'send-message', data: { messages: [text('Order {{ n }} found.')] } },
    ],
    [
      ['kw-order', 'out', 'ask'],
      ['ask', 'answer', 'send'],
    ],
    { variables: [{ name: 'n' }] },
  ),
);
const options = { now: new Date(MONDAY_10AM), random: () => 0.5 };

describe('startAtNode', () => {
  it('runs from the given node and leaves the conversation waiting there', () => {
    const state = initialConversationState({ compiled, contact: { id: 'u' } });
    const started = startAtNode(compiled, state, 'kw-order', options);
    expect(replies(started.effects)).toEqual(['Order number?']);
    expect(started.state.wait).toMatchObject({ kind: 'answer', nodeId: 'ask' });
    const answered = step(compiled, started.state, { type: 'text', text: '42' }, options);
    expect(replies(answered.effects)).toEqual(['Order 42 found.']);
  });

  it('abandons what the conversation waited for (cancelling its timer) and never mutates its input', () => {
    const asked = startAtNode(
      compiled,
      initialConversationState({ compiled, contact: { id: 'u' } }),
      'ask',
      options,
    );
    const timerId = asked.state.wait?.kind === 'answer' ? asked.state.wait.timerId : null;
    expect(timerId).not.toBeNull();
    const before = structuredClone(asked.state);
    const restarted = startAtNode(compiled, asked.state, 'send', options);
    expect(restarted.effects).toContainEqual({ type: 'cancel-timer', timerId });
    expect(restarted.state.wait).toBeNull();
    expect(asked.state).toEqual(before);
  });
});
