import { type CompiledFlow } from '../compiler/compiled-flow-schema';
import { type ConversationState } from './conversation-state-schema';
import { type Run, type StepOptions } from './run';

export function createRun(options: {
  compiled: CompiledFlow;
  state: ConversationState;
  input: string;
  step: StepOptions;
}): Run {
  const { compiled, input, step } = options;
  const state = structuredClone(options.state);
  return {
    ...step,
    compiled,
    state,
    effects: [],
    input,
    scope: () => ({
      variables: state.variables,
      contact: state.contact,
      input,
      now: step.now,
      timezone: compiled.timezone,
    }),
    nextId: (nodeId) => {
      state.sequence += 1;
      return `${nodeId}:${state.sequence}`;
    },
  };
}
