import { type z } from 'zod';
import {
  type CompiledFlow,
  compileFlow,
  type ConversationState,
  type Effect,
  type FlowDocument,
  type flowNodeSchema,
  type InboundEvent,
  initialConversationState,
  step,
} from '@/core';
import { defineExampleDocument } from '@/core/examples/define-example-document';

type NodeInput = z.input<typeof flowNodeSchema>;

/** A flow document from compact nodes and `[source, port, target]` edges. */
export function buildFlow(
  nodes: NodeInput[],
  edges: [string, string, string][] = [],
  document: Parameters<typeof defineExampleDocument>[0]['document'] = {},
): FlowDocument {
  return defineExampleDocument({ document, nodes, edges });
}

/** Monday 2026-03-02 10:00 in Asia/Shanghai. */
export const MONDAY_10AM = '2026-03-02T02:00:00.000Z';

/** The text a send effect shows a user (menus flattened to one line per option). */
export function replies(effects: readonly Effect[]): string[] {
  return effects.flatMap((effect) => {
    if (effect.type !== 'send') return [];
    const { message } = effect;
    if (message.kind === 'text') return [message.text];
    if (message.kind === 'menu')
      return [[message.head, ...message.options.map((o) => `[${o.id}] ${o.label}`)].join('\n')];
    return [`<${message.kind}>`];
  });
}

export function compileOrThrow(document: FlowDocument): CompiledFlow {
  const { compiled, diagnostics } = compileFlow(document);
  if (!compiled) throw new Error(`flow does not compile: ${JSON.stringify(diagnostics, null, 2)}`);
  return compiled;
}

/** Drives a conversation through `step`, keeping state and a clock. */
export function converse(
  document: FlowDocument,
  options: { now?: string; random?: () => number; contact?: object } = {},
) {
  const compiled = compileOrThrow(document);
  let state: ConversationState = initialConversationState({
    compiled,
    contact: { id: 'user-1', ...options.contact },
  });
  let now = new Date(options.now ?? MONDAY_10AM);
  return {
    compiled,
    get state() {
      return state;
    },
    get now() {
      return now;
    },
    advance(milliseconds: number) {
      now = new Date(now.getTime() + milliseconds);
    },
    send(event: InboundEvent) {
      const result = step(compiled, state, event, { now, random: options.random ?? (() => 0) });
      state = result.state;
      return result.effects;
    },
    say(text: string) {
      return replies(this.send({ type: 'text', text }));
    },
  };
}
