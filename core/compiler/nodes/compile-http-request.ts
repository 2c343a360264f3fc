import { type NodeOfType } from '../../document/flow-node-schema';
import { checkVariableName } from '../check-variable-name';
import { type CompileContext } from '../compile-context';
import { parseJsonPath } from '../parse-json-path';

export function compileHttpRequest(data: NodeOfType<'http-request'>['data'], ctx: CompileContext) {
  ctx.required(data.url, 'url');
  return {
    method: data.method,
    url: ctx.template(data.url),
    headers: data.headers.map((header) => {
      ctx.required(header.name, 'header.name');
      return { name: header.name, value: ctx.template(header.value) };
    }),
    body: ctx.template(data.body),
    timeoutMs: data.timeoutMs,
    responseMappings: data.responseMappings.map((mapping) => {
      checkVariableName({ name: mapping.variable, field: 'responseMappings.variable', ctx });
      ctx.writes(mapping.variable, 'success');
      const path = parseJsonPath(mapping.path);
      if (path === null)
        ctx.report({ code: 'invalid-value', detail: `"${mapping.path}" is not a JSON path` });
      return { variable: mapping.variable, path: path ?? [] };
    }),
  };
}
