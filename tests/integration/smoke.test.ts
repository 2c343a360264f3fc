import { afterAll, beforeAll, expect, it } from 'vitest';
import { callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

let services: TestServices;
beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services.cleanup();
});

it('creates a workspace and a flow', async () => {
  const alice = await signUpUser(services, { email: 'alice@example.com' });
  const api = callerFor(services, alice);
  const ws = await api.workspace.create({ name: 'Shop' });
  const flow = await api.flow.create({ workspaceId: ws.id, name: 'Welcome' });
  const list = await api.flow.list({ workspaceId: ws.id });
  expect(list.map((f) => f.id)).toEqual([flow.id]);
});
