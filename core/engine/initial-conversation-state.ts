import { type CompiledFlow } from '../compiler/compiled-flow-schema';
import {
  type Contact,
  CONVERSATION_STATE_VERSION,
  type ConversationState,
} from './conversation-state-schema';

/** A fresh conversation with `contact` on `compiled`: idle, variables at their defaults. */
export function initialConversationState(options: {
  compiled: CompiledFlow;
  contact: Pick<Contact, 'id'> & Partial<Contact>;
}): ConversationState {
  const { compiled, contact } = options;
  return {
    version: CONVERSATION_STATE_VERSION,
    flowHash: compiled.hash,
    contact: { channel: 'web', tags: [], fields: {}, ...contact },
    currentNodeId: null,
    wait: null,
    variables: { ...compiled.variables },
    triggerCounters: {},
    trail: [],
    sequence: 0,
  };
}
