import { type CompiledNodeOfType } from '../../compiler/compiled-node-schema';
import { renderTemplate } from '../../template/render-template';
import { type NodeOutcome, type Run } from '../run';

/** Asks the shell to make the request and waits for its `http-result` event. */
export function executeHttpRequest(node: CompiledNodeOfType<'http-request'>, run: Run): NodeOutcome {
  const scope = run.scope();
  const requestId = run.nextId(node.id);
  const headers: Record<string, string> = {};
  for (const header of node.headers) headers[header.name] = renderTemplate(header.value, scope);
  const body = renderTemplate(node.body, scope);
  run.effects.push({
    type: 'http-request',
    requestId,
    method: node.method,
    url: renderTemplate(node.url, scope),
    headers,
    body: body === '' ? null : body,
    timeoutMs: node.timeoutMs,
  });
  return { wait: { kind: 'http', nodeId: node.id, requestId } };
}
