import { type CompiledFlow } from '../compiler/compiled-flow-schema';
import { type TemplateScope } from '../template/template-scope';
import { type ConversationState, type Wait } from './conversation-state-schema';
import { type Effect } from './effect-schema';

/** The inputs of a step besides flow, state and event: the only sources of time and chance. */
export interface StepOptions {
  now: Date;
  /** Uniform in [0, 1). */
  random: () => number;
  /**
   * Priorities that replace the compiled ones for some triggers (`{ nodeId: priority }`): an
   * account's order for a deployed flow. Triggers are then tried by effective priority, the compiled
   * order breaking ties.
   */
  triggerPriorities?: Readonly<Record<string, number>>;
}

/**
 * The working copy of one step. `state` is a private clone the step may mutate; `effects`
 * collects what the shell must do, in order.
 */
export interface Run extends StepOptions {
  compiled: CompiledFlow;
  state: ConversationState;
  effects: Effect[];
  /** Text of the inbound message being handled ("" for other events). */
  input: string;
  scope(): TemplateScope;
  /** A fresh id for a timer or HTTP request started by `nodeId`. */
  nextId(nodeId: string): string;
}

/** How a node hands control back: follow a port (null ends the path) or wait. */
export type NodeOutcome = { port: string | null } | { wait: Wait };
