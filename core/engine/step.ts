import { type CompiledFlow } from '../compiler/compiled-flow-schema';
import { cancelWait } from './cancel-wait';
import { type ConversationState } from './conversation-state-schema';
import { createRun } from './create-run';
import { type Effect } from './effect-schema';
import { findTrigger } from './find-trigger';
import { handleAnswer } from './handle-answer';
import { type InboundEvent } from './inbound-event-schema';
import { type Run, type StepOptions } from './run';
import { runFromNode } from './run-from-node';
import { valueAtJsonPath } from './value-at-json-path';

export interface StepResult {
  state: ConversationState;
  effects: Effect[];
}

const MESSAGE_EVENTS = new Set<InboundEvent['type']>(['text', 'media', 'location', 'link']);

function inputText(event: InboundEvent): string {
  if (event.type === 'text') return event.text;
  if (event.type === 'media') return event.recognition ?? '';
  if (event.type === 'location') return event.label ?? `${event.latitude},${event.longitude}`;
  if (event.type === 'link') return event.url;
  return '';
}

function resume(run: Run, event: InboundEvent): void {
  const { wait } = run.state;
  const node = wait ? run.compiled.nodes[wait.nodeId] : undefined;
  if (!wait || !node) return;
  if (
    event.type === 'timer-fired' &&
    (wait.kind === 'answer' || wait.kind === 'timer') &&
    wait.timerId === event.timerId
  ) {
    runFromNode(run, node.transitions[wait.kind === 'answer' ? 'timeout' : 'out'] ?? null);
  } else if (event.type === 'http-result' && wait.kind === 'http' && wait.requestId === event.requestId) {
    const ok = event.status >= 200 && event.status < 300;
    if (ok && node.type === 'http-request') {
      for (const mapping of node.responseMappings)
        run.state.variables[mapping.variable] = valueAtJsonPath(event.body, mapping.path);
    }
    runFromNode(run, node.transitions[ok ? 'success' : 'error'] ?? null);
  } else if (event.type === 'handoff-released' && wait.kind === 'handoff') {
    runFromNode(run, node.transitions.released ?? null);
  }
}

function route(run: Run, event: InboundEvent): void {
  const { wait } = run.state;
  if (wait?.kind === 'handoff') return;
  const asking = wait?.kind === 'answer' ? run.compiled.nodes[wait.nodeId] : undefined;
  if (asking?.type === 'ask' && MESSAGE_EVENTS.has(event.type)) {
    const interrupt = findTrigger({ run, event, interruptsOnly: true });
    if (interrupt === null) {
      handleAnswer({ run, node: asking, event });
      return;
    }
    fire(run, interrupt.nodeId, 'rule-matched');
    return;
  }
  const trigger = findTrigger({ run, event, interruptsOnly: false });
  if (trigger !== null) fire(run, trigger.nodeId, 'rule-matched');
  else if (
    run.compiled.fallbackNodeId !== null &&
    MESSAGE_EVENTS.has(event.type) &&
    wait?.kind !== 'answer'
  ) {
    fire(run, run.compiled.fallbackNodeId, 'fallback-hit');
  }
}

function fire(run: Run, nodeId: string, mark: 'rule-matched' | 'fallback-hit'): void {
  cancelWait(run);
  run.effects.push({ type: 'mark', mark, nodeId });
  runFromNode(run, nodeId);
}

/**
 * Advances one conversation by one event: pure, synchronous and deterministic given its inputs
 * (time and randomness come only from `options`). Never mutates `state`; returns the next state
 * and the effects the shell must perform, in order.
 *
 * Routing of inbound messages: a conversation waiting on an ask node gives it the message
 * unless an interrupt trigger matches; otherwise the first matching trigger in compiled order
 * (priority, specificity, document order) within its limits runs; otherwise the fallback runs.
 * A conversation handed off to a human ignores inbound messages until released.
 */
export function step(
  compiled: CompiledFlow,
  state: ConversationState,
  event: InboundEvent,
  options: StepOptions,
): StepResult {
  const run = createRun({ compiled, state, input: inputText(event), step: options });
  if (run.state.flowHash !== compiled.hash) {
    run.effects.push({
      type: 'diagnostic',
      code: 'flow-changed',
      message: 'the flow changed; the conversation restarts',
    });
    cancelWait(run);
    run.state.flowHash = compiled.hash;
    run.state.variables = { ...compiled.variables, ...run.state.variables };
  }
  switch (event.type) {
    case 'timer-fired':
    case 'http-result':
    case 'handoff-released':
      resume(run, event);
      break;
    case 'unfollow':
      cancelWait(run);
      route(run, event);
      break;
    default:
      route(run, event);
  }
  return { state: run.state, effects: run.effects };
}
