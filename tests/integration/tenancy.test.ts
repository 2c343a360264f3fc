import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppError } from '@/server/api/app-error';
import { appRouter } from '@/server/api/root';
import type { Meta, SessionUser } from '@/server/api/trpc';
import { callerFor, signUpUser } from './helpers/actors';
import { createTestServices, type TestServices } from './helpers/test-services';

/**
 * Every procedure of the app router is enumerated here, so a new procedure that forgets its guard
 * fails this file: it must either be workspace-scoped (and refuse outsiders), or be listed below as
 * deliberately public or user-level.
 */
const PUBLIC_PROCEDURES = new Set([
  'setup.status', // whether a fresh install needs its first owner; reveals nothing else
  'invite.preview', // authenticated by the secret token in the invite link
]);
const USER_PROCEDURES = new Set(['me.get', 'me.setLocale', 'workspace.create', 'invite.accept']);
/** Mutations (they take a large body) that write nothing, so viewers may call them. */
const VIEWER_MUTATIONS = new Set([
  'testCase.runAll', // runs the test cases against a document; stores nothing
]);

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; meta?: Meta } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>);

let services: TestServices;
let outsider: SessionUser;
let viewer: SessionUser;
let workspaceA: string;

beforeAll(async () => {
  services = await createTestServices();
  const owner = await signUpUser(services, { email: 'owner-a@example.com' });
  outsider = await signUpUser(services, { email: 'owner-b@example.com' });
  viewer = await signUpUser(services, { email: 'viewer-a@example.com' });
  workspaceA = (await callerFor(services, owner).workspace.create({ name: 'A' })).id;
  await callerFor(services, outsider).workspace.create({ name: 'B' });
  const { token } = await callerFor(services, owner).invite.create({
    workspaceId: workspaceA,
    email: viewer.email,
    role: 'viewer',
  });
  await callerFor(services, viewer).invite.accept({ token });
});
afterAll(async () => {
  await services?.cleanup();
});

/** Calls `path` (e.g. "flow.rename") on a caller with `input`, returning the error it throws. */
async function callError(user: SessionUser | null, path: string, input: unknown): Promise<unknown> {
  let target: unknown = callerFor(services, user);
  for (const key of path.split('.')) target = (target as Record<string, unknown>)[key];
  try {
    await (target as (input: unknown) => Promise<unknown>)(input);
  } catch (error) {
    return error;
  }
  return null;
}

function expectRefused(error: unknown, code: TRPCError['code'], appCode: string) {
  expect(error, 'the call must be refused').toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  expect((error as AppError).appCode ?? ((error as TRPCError).cause as AppError | undefined)?.appCode).toBe(
    appCode,
  );
}

describe('tenancy: every procedure of the app router', () => {
  it('has procedures to check', () => {
    expect(procedures.length).toBeGreaterThan(15);
  });

  for (const [path, procedure] of procedures) {
    const access = procedure._def.meta?.access;

    it(`${path} declares how it is guarded`, () => {
      expect(['public', 'user', 'workspace']).toContain(access);
      if (access === 'public')
        expect(PUBLIC_PROCEDURES, `${path} is public but not allowlisted`).toContain(path);
      if (access === 'user')
        expect(USER_PROCEDURES, `${path} is user-level but not allowlisted`).toContain(path);
    });

    if (access === 'public') continue;

    it(`${path} refuses anonymous callers`, async () => {
      expectRefused(
        await callError(null, path, { workspaceId: workspaceA }),
        'UNAUTHORIZED',
        'NOT_SIGNED_IN',
      );
    });

    if (access !== 'workspace') continue;

    it(`${path} refuses members of another workspace`, async () => {
      expectRefused(
        await callError(outsider, path, { workspaceId: workspaceA }),
        'FORBIDDEN',
        'NOT_A_MEMBER',
      );
    });

    if (procedure._def.type === 'mutation' && !VIEWER_MUTATIONS.has(path)) {
      it(`${path} refuses viewers (they cannot write)`, async () => {
        expectRefused(
          await callError(viewer, path, { workspaceId: workspaceA }),
          'FORBIDDEN',
          'ROLE_REQUIRED',
        );
      });
    }
  }

  it('lets a viewer read their workspace', async () => {
    const api = callerFor(services, viewer);
    await expect(api.flow.list({ workspaceId: workspaceA })).resolves.toEqual([]);
    await expect(api.workspace.get({ workspaceId: workspaceA })).resolves.toMatchObject({ role: 'viewer' });
  });

  it('allowlists name only procedures that exist', () => {
    const paths = new Set(procedures.map(([p]) => p));
    for (const p of [...PUBLIC_PROCEDURES, ...USER_PROCEDURES, ...VIEWER_MUTATIONS])
      expect(paths).toContain(p);
  });
});
