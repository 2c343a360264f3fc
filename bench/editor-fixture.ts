import { randomBytes } from 'node:crypto';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import superjson from 'superjson';
import { buildLargeFlowDocument } from '@/core/examples/build-large-flow-document';
import { type FlowDocument } from '@/core/document/flow-document-schema';
import type { AppRouter } from '@/server/api/root';

export interface EditorFixture {
  /** Session cookies from the sign-up answer, for the browser context and the API client. */
  cookies: { name: string; value: string }[];
  workspaceId: string;
  flowId: string;
  /** The draft the flow was created with, and its revision. */
  draft: FlowDocument;
  revision: number;
  api: TRPCClient<AppRouter>;
}

/**
 * Signs a new user up through better-auth's HTTP endpoint (so the session is a real cookie), then
 * creates their workspace and a flow whose draft is the laid-out `size`-node document through the
 * tRPC API. Works whichever database the server runs on.
 */
export async function createEditorFixture(options: {
  baseUrl: string;
  size: number;
}): Promise<EditorFixture> {
  const { baseUrl } = options;
  const email = `editor-bench-${randomBytes(6).toString('hex')}@example.com`;
  const signUp = await fetch(`${baseUrl}/api/auth/sign-up/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ name: 'Editor Bench', email, password: randomBytes(12).toString('hex') }),
  });
  if (!signUp.ok)
    throw new Error(`sign-up answered ${signUp.status}: ${(await signUp.text()).slice(0, 200)}`);
  const cookies = signUp.headers.getSetCookie().map((line) => {
    const [pair = ''] = line.split(';');
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
  });
  if (!cookies.some((c) => c.name.includes('session_token')))
    throw new Error('sign-up set no session cookie');
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const api = createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: `${baseUrl}/api/trpc`,
        transformer: superjson,
        headers: { cookie: cookieHeader, origin: baseUrl },
      }),
    ],
  });
  const workspace = await api.workspace.create.mutate({ name: 'Editor benchmark' });
  const draft = buildLargeFlowDocument(options.size);
  const flow = await api.flow.create.mutate({
    workspaceId: workspace.id,
    name: `${draft.nodes.length} nodes`,
    draft,
  });
  return { cookies, workspaceId: workspace.id, flowId: flow.id, draft, revision: flow.revision, api };
}
