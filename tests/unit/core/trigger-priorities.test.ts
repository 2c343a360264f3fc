import { describe, expect, it } from 'vitest';
import { initialConversationState, orderedTriggers, step } from '@/core';
import { buildFlow, converse, MONDAY_10AM, replies } from './helpers/conversation';

const text = (value: string) => ({ kind: 'text' as const, text: value });

const flow = buildFlow(
  [
    {
      id: 'kw-price',
      type: 'keyword-trigger',
      data: { keywords: ['price'], match: 'contains', priority: 1 },
    },
    { id: 'send-price', type: 'send-message', data: { messages: [text('general price')] } },
    { id: 'kw-list', type: 'keyword-trigger', data: { keywords: ['price list'], match: 'exact' } },
    { id: 'send-list', type: 'send-message', data: { messages: [text('the list')] } },
  ],
  [
    ['kw-price', 'out', 'send-price'],
    ['kw-list', 'out', 'send-list'],
  ],
);

describe('trigger priorities', () => {
  it('compiles each trigger with its own priority, in evaluation order', () => {
    const { compiled } = converse(flow);
    expect(compiled.triggers.map((t) => [t.nodeId, t.priority])).toEqual([
      ['kw-price', 1],
      ['kw-list', 0],
    ]);
  });

  it('reorders by overrides, keeping compiled order for ties, and leaves the list alone without any', () => {
    const { compiled } = converse(flow);
    expect(orderedTriggers(compiled.triggers, undefined)).toBe(compiled.triggers);
    expect(orderedTriggers(compiled.triggers, {})).toBe(compiled.triggers);
    expect(orderedTriggers(compiled.triggers, { 'kw-list': 5 }).map((t) => t.nodeId)).toEqual([
      'kw-list',
      'kw-price',
    ]);
    expect(orderedTriggers(compiled.triggers, { 'kw-list': 1 }).map((t) => t.nodeId)).toEqual([
      'kw-price',
      'kw-list',
    ]);
  });

  it('lets step try triggers by effective priority', () => {
    const { compiled } = converse(flow);
    const state = initialConversationState({ compiled, contact: { id: 'u' } });
    const event = { type: 'text' as const, text: 'price list' };
    const now = new Date(MONDAY_10AM);
    expect(replies(step(compiled, state, event, { now, random: () => 0 }).effects)).toEqual([
      'general price',
    ]);
    const overridden = step(compiled, state, event, {
      now,
      random: () => 0,
      triggerPriorities: { 'kw-list': 2 },
    });
    expect(replies(overridden.effects)).toEqual(['the list']);
  });
});
