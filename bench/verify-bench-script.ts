import { compileFlow, initialConversationState, step, type ConversationState } from '@/core';
import { benchFlowDocument, benchScript } from './runtime-flow';

/**
 * Plays the benchmark script through the pure engine and throws if the replies differ from the
 * script's expectations, so a mismatch under load is the runtime's, not the benchmark's. Returns the
 * state after every turn (a realistic `state` payload for the database floor).
 */
export function verifyBenchScript(): ConversationState[] {
  const { compiled, diagnostics } = compileFlow(benchFlowDocument);
  if (!compiled) throw new Error(`the benchmark flow must compile: ${JSON.stringify(diagnostics)}`);
  let state = initialConversationState({ compiled, contact: { id: 'bench-contact-0' } });
  const states: ConversationState[] = [];
  for (const turn of benchScript) {
    const result = step(
      compiled,
      state,
      { type: 'text', text: turn.text },
      { now: new Date(), random: () => 0.5 },
    );
    const replies = result.effects.flatMap((e) =>
      e.type === 'send' && e.message.kind === 'text' ? [e.message.text] : [],
    );
    if (JSON.stringify(replies) !== JSON.stringify(turn.replies))
      throw new Error(
        `engine replied ${JSON.stringify(replies)} to "${turn.text}", script expects ${JSON.stringify(turn.replies)}`,
      );
    state = result.state;
    states.push(state);
  }
  return states;
}
