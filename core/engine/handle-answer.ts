import { type CompiledNodeOfType } from '../compiler/compiled-node-schema';
import { renderMessage } from '../messages/render-message';
import { renderTemplate } from '../template/render-template';
import { type InboundEvent } from './inbound-event-schema';
import { type Run } from './run';
import { runFromNode } from './run-from-node';
import { validateAnswer } from './validate-answer';

/**
 * Delivers an inbound message to the ask node the conversation waits on. A valid answer is
 * stored and leaves through `answer`; an invalid one sends the retry message (or the prompt
 * again) until `maxRetries` is exceeded, then leaves through `invalid`.
 */
export function handleAnswer(options: {
  run: Run;
  node: CompiledNodeOfType<'ask'>;
  event: InboundEvent;
}): void {
  const { run, node, event } = options;
  const wait = run.state.wait;
  if (wait?.kind !== 'answer') return;
  const text = event.type === 'text' ? event.text : event.type === 'media' ? (event.recognition ?? '') : '';
  const menuId = event.type === 'text' ? event.menuId : undefined;
  const check = validateAnswer({ validation: node.validation, text, menuId });
  const leave = (port: 'answer' | 'invalid') => {
    if (wait.timerId !== null) run.effects.push({ type: 'cancel-timer', timerId: wait.timerId });
    runFromNode(run, node.transitions[port] ?? null);
  };
  if (check.ok) {
    run.state.variables[node.variable] = check.value;
    run.effects.push({ type: 'mark', mark: 'answer-accepted', nodeId: node.id });
    leave('answer');
    return;
  }
  run.effects.push({ type: 'mark', mark: 'answer-invalid', nodeId: node.id });
  const attempts = wait.attempts + 1;
  if (attempts > node.maxRetries) {
    leave('invalid');
    return;
  }
  run.state.wait = { ...wait, attempts };
  const retry = renderTemplate(node.retryMessage, run.scope());
  const messages = retry === '' ? node.prompt.map((message) => renderMessage(message, run.scope())) : [];
  if (retry !== '') messages.push({ kind: 'text', text: retry });
  for (const message of messages) run.effects.push({ type: 'send', nodeId: node.id, message });
}
