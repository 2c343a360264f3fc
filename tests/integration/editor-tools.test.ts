import http from 'node:http';
import { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { SessionUser } from '@/server/api/trpc';
import { addMember, callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

let services: TestServices;
let owner: SessionUser;
let viewer: SessionUser;
let workspaceId: string;
let server: http.Server;
let baseUrl: string;
const received: { method: string; url: string; body: string; headers: http.IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  services = await createTestServices();
  owner = await signUpUser(services, { email: 'owner@example.com' });
  viewer = await signUpUser(services, { email: 'viewer@example.com' });
  workspaceId = (await callerFor(services, owner).workspace.create({ name: 'Tools' })).id;
  await addMember(services, { owner, workspaceId, user: viewer, role: 'viewer' });
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ method: req.method ?? '', url: req.url ?? '', body, headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ order: { status: 'shipped', items: [{ name: '茶' }] }, count: 2 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await services?.cleanup();
});

function request(url: string) {
  return {
    method: 'POST' as const,
    url,
    headers: [{ name: 'x-order', value: '{{ orderId }}' }],
    body: '{"id": "{{ orderId }}", "who": "{{ contact.name }}"}',
    timeoutMs: 3000,
    responseMappings: [
      { variable: 'status', path: 'order.status' },
      { variable: 'first', path: 'order.items[0].name' },
      { variable: 'missing', path: 'nope.x' },
    ],
  };
}

it('refuses viewers', async () => {
  await expect(
    callerFor(services, viewer).editorTools.testHttpRequest({
      workspaceId,
      request: request(`${baseUrl}/x`),
      variables: {},
    }),
  ).rejects.toMatchObject({ code: 'FORBIDDEN', appCode: 'ROLE_REQUIRED' });
});

it('refuses a loopback address without an allowlist (SSRF guard)', async () => {
  const before = received.length;
  const result = await callerFor(services, owner).editorTools.testHttpRequest({
    workspaceId,
    request: request(`${baseUrl}/orders/{{ orderId }}`),
    variables: { orderId: '42' },
  });
  expect(result.status).toBe(0);
  expect(result.error).toMatch(/private or reserved/);
  expect(result.extracted.every((entry) => entry.value === null)).toBe(true);
  expect(received.length).toBe(before);
});

it("uses the account's allowlist, renders templates and extracts mapped values", async () => {
  const api = callerFor(services, owner);
  const account = await api.account.create({ workspaceId, name: 'MP', type: 'web' });
  await api.account.setHttpAllowlist({ workspaceId, accountId: account.id, allowlist: ['127.0.0.1'] });
  const result = await api.editorTools.testHttpRequest({
    workspaceId,
    accountId: account.id,
    request: request(`${baseUrl}/orders/{{ orderId | url }}`),
    variables: { orderId: 'A 42', 'contact.name': '小明' },
  });
  expect(result).toMatchObject({ status: 200, error: null, json: true, truncated: false });
  expect(result.durationMs).toBeGreaterThanOrEqual(0);
  expect(JSON.parse(result.body!)).toMatchObject({ count: 2 });
  expect(result.extracted).toEqual([
    { variable: 'status', path: 'order.status', validPath: true, value: 'shipped' },
    { variable: 'first', path: 'order.items[0].name', validPath: true, value: '茶' },
    { variable: 'missing', path: 'nope.x', validPath: true, value: null },
  ]);
  const last = received.at(-1)!;
  expect(last).toMatchObject({
    method: 'POST',
    url: '/orders/A%2042',
    body: '{"id": "A 42", "who": "小明"}',
  });
  expect(last.headers['x-order']).toBe('A 42');
});

it('ignores the allowlist of an account from another workspace', async () => {
  const outsider = await signUpUser(services, { email: 'other@example.com' });
  const api = callerFor(services, outsider);
  const otherWorkspace = (await api.workspace.create({ name: 'Other' })).id;
  const account = await api.account.create({ workspaceId: otherWorkspace, name: 'X', type: 'web' });
  await api.account.setHttpAllowlist({
    workspaceId: otherWorkspace,
    accountId: account.id,
    allowlist: ['127.0.0.1'],
  });
  const result = await callerFor(services, owner).editorTools.testHttpRequest({
    workspaceId,
    accountId: account.id,
    request: request(`${baseUrl}/x`),
    variables: {},
  });
  expect(result.error).toMatch(/private or reserved/);
});

it('reports a template syntax error without sending anything', async () => {
  const result = await callerFor(services, owner).editorTools.testHttpRequest({
    workspaceId,
    request: { ...request(`${baseUrl}/{{ broken`), responseMappings: [] },
    variables: {},
  });
  expect(result).toMatchObject({ status: 0, error: expect.stringContaining('URL') });
});
