import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_TIMEZONE, nodeCatalogue, parseTemplate, renderTemplate } from '@/core';
import { parseJsonPath } from '@/core/compiler/parse-json-path';
import { valueAtJsonPath } from '@/core/engine/value-at-json-path';
import { type TemplateScope } from '@/core/template/template-scope';
import { accounts } from '../../db/schema';
import { executeHttpRequest } from '../../runtime/http/execute-http-request';
import { allowlistOfSettings } from '../../runtime/http/http-allowlist';
import { router, workspaceProcedure } from '../trpc';

/** Re-serialised response bodies longer than this are cut (the editor only previews them). */
const MAX_BODY_CHARS = 64 * 1024;

const sampleVariablesSchema = z
  .record(z.string().max(200), z.string().max(10_000))
  .refine((record) => Object.keys(record).length <= 50, { error: 'At most 50 sample variables' });

/**
 * Sample values keyed like template paths: `x` or `vars.x` (a variable), `contact.name`,
 * `contact.<field>`, `input`.
 */
function scopeOf(variables: Record<string, string>, timezone: string): TemplateScope {
  const scope: TemplateScope = {
    variables: {},
    contact: { id: 'test-contact', channel: 'test', tags: [], fields: {} },
    input: '',
    now: new Date(),
    timezone,
  };
  const vars: Record<string, string> = {};
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(variables)) {
    if (key === 'input') scope.input = value;
    else if (key === 'contact.name') scope.contact.name = value;
    else if (key.startsWith('contact.')) fields[key.slice('contact.'.length)] = value;
    else vars[key.startsWith('vars.') ? key.slice('vars.'.length) : key] = value;
  }
  return { ...scope, variables: vars, contact: { ...scope.contact, fields } };
}

/** Renders one template field, or names its syntax error. */
function render(options: { field: string; source: string; scope: TemplateScope }) {
  const parsed = parseTemplate(options.source);
  if (parsed.errors.length > 0) return { error: `${options.field}: ${parsed.errors.join('; ')}` };
  return { text: renderTemplate(parsed.template, options.scope) };
}

function preview(body: unknown): { body: string | null; json: boolean; truncated: boolean } {
  if (body === null || body === undefined) return { body: null, json: false, truncated: false };
  const json = typeof body !== 'string';
  const text = json ? JSON.stringify(body, null, 2) : body;
  const truncated = text.length > MAX_BODY_CHARS;
  return { body: truncated ? text.slice(0, MAX_BODY_CHARS) : text, json, truncated };
}

export const editorToolsRouter = router({
  /**
   * Runs an HTTP request node once, as the runtime would (same SSRF guard, same JSON-path
   * extraction), with sample values for its templates. The allowlist is the given account's when
   * it belongs to the workspace, else empty. Never fails for a bad request: `error` says why.
   */
  testHttpRequest: workspaceProcedure('editor')
    .input(
      z.object({
        request: nodeCatalogue['http-request'].dataSchema,
        variables: sampleVariablesSchema.default({}),
        accountId: z.uuid().optional(),
        timezone: z.string().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      let allowlist: string[] = [];
      if (input.accountId) {
        const [account] = await ctx.services.db
          .select({ settings: accounts.settings })
          .from(accounts)
          .where(and(eq(accounts.id, input.accountId), eq(accounts.workspaceId, ctx.workspaceId)))
          .limit(1);
        allowlist = allowlistOfSettings(account?.settings as Record<string, unknown> | undefined);
      }
      const { request } = input;
      const scope = scopeOf(input.variables, input.timezone ?? DEFAULT_TIMEZONE);
      const url = render({ field: 'URL', source: request.url, scope });
      const body = render({ field: 'body', source: request.body, scope });
      const headers: Record<string, string> = {};
      const errors = [url.error, body.error];
      for (const header of request.headers) {
        const value = render({ field: `header ${header.name}`, source: header.value, scope });
        errors.push(value.error);
        headers[header.name] = value.text ?? '';
      }
      const templateError = errors.find((error) => error !== undefined);
      if (templateError !== undefined) {
        return {
          status: 0,
          durationMs: 0,
          error: templateError,
          url: url.text ?? '',
          ...preview(null),
          extracted: [],
        };
      }
      const renderedBody = body.text ?? '';
      const result = await executeHttpRequest({
        request: {
          method: request.method,
          url: url.text ?? '',
          headers,
          body: renderedBody === '' ? null : renderedBody,
          timeoutMs: request.timeoutMs,
        },
        allowlist,
      });
      const extracted = request.responseMappings.map((mapping) => {
        const path = parseJsonPath(mapping.path);
        return {
          variable: mapping.variable,
          path: mapping.path,
          validPath: path !== null,
          value: path === null || result.error !== null ? null : valueAtJsonPath(result.body, path),
        };
      });
      return {
        status: result.status,
        durationMs: result.durationMs,
        error: result.error,
        url: url.text ?? '',
        ...preview(result.body),
        extracted,
      };
    }),
});
