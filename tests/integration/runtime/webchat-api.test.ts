import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannel } from '@/server/channels/create-channel';
import { runtimeRouter } from '@/server/runtime/runtime-router';
import { createRuntimeCallerFactory } from '@/server/runtime/runtime-trpc';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, type RuntimeFixture } from './runtime-fixture';

let services: TestServices;
let fx: RuntimeFixture;
let channelKey = '';
const api = (clientIp = '198.51.100.7') => createRuntimeCallerFactory(runtimeRouter)({ services, clientIp });

beforeAll(async () => {
  services = await createTestServices();
  fx = await createRuntimeFixture(services);
  await fx.publish(
    'chat',
    flowDoc(
      [
        { id: 'ev-follow', type: 'event-trigger', data: { event: 'follow' } },
        { id: 'send-welcome', type: 'send-message', data: { messages: [text('Welcome!')] } },
        { id: 'kw-menu', type: 'keyword-trigger', data: { keywords: ['menu'], match: 'exact' } },
        {
          id: 'ask-pick',
          type: 'ask',
          data: {
            prompt: [
              {
                kind: 'menu',
                head: 'Pick:',
                options: [
                  { id: 'tea', label: 'Tea' },
                  { id: 'coffee', label: 'Coffee' },
                ],
                tail: '',
              },
            ],
            variable: 'drink',
            validation: {
              kind: 'choice',
              options: [
                { value: 'tea', label: 'Tea' },
                { value: 'coffee', label: 'Coffee' },
              ],
            },
          },
        },
        { id: 'send-pick', type: 'send-message', data: { messages: [text('One {{ drink }} coming.')] } },
      ],
      [
        ['ev-follow', 'out', 'send-welcome'],
        ['kw-menu', 'out', 'ask-pick'],
        ['ask-pick', 'answer', 'send-pick'],
      ],
      [{ name: 'drink' }],
    ),
  );
  channelKey = (
    await createChannel({
      services,
      workspaceId: fx.workspaceId,
      accountId: fx.accountId,
      type: 'webchat',
      name: 'Site',
    })
  ).publicKey;
});
afterAll(async () => {
  await services?.cleanup();
});

const textsOf = (entries: { direction: string; message: { kind: string } & Record<string, unknown> }[]) =>
  entries.map(
    (e) => `${e.direction}:${e.message.kind === 'text' ? (e.message.text as string) : e.message.kind}`,
  );

describe('web chat API', () => {
  it('welcomes a new visitor once, keeps the transcript for a returning one', async () => {
    const first = await api().webchat.open({ channelKey, token: null });
    expect(first.isNewVisitor).toBe(true);
    expect(textsOf(first.entries)).toEqual(['out:Welcome!']);
    const again = await api().webchat.open({ channelKey, token: first.token });
    expect(again.isNewVisitor).toBe(false);
    expect(again.token).toBe(first.token);
    expect(again.entries).toEqual(first.entries);
  });

  it('sends text and menu choices, exactly once per client message id, and polls what came after', async () => {
    const { token, entries } = await api().webchat.open({ channelKey, token: null });
    const lastId = entries.at(-1)!.id;
    const menu = await api().webchat.send({
      channelKey,
      token,
      clientMessageId: 'client-0001',
      input: { type: 'text', text: 'menu' },
    });
    expect(textsOf(menu.entries)).toEqual(['in:menu', 'out:menu']);
    const retry = await api().webchat.send({
      channelKey,
      token,
      clientMessageId: 'client-0001',
      input: { type: 'text', text: 'menu' },
    });
    expect(retry.entries.map((e) => e.id)).toEqual(menu.entries.map((e) => e.id));
    const pick = await api().webchat.send({
      channelKey,
      token,
      clientMessageId: 'client-0002',
      input: { type: 'menu-option', optionId: 'coffee', label: 'Coffee' },
    });
    expect(textsOf(pick.entries)).toEqual(['in:Coffee', 'out:One coffee coming.']);
    const polled = await api().webchat.poll({ channelKey, token, afterId: lastId });
    expect(textsOf(polled.entries)).toEqual(['in:menu', 'out:menu', 'in:Coffee', 'out:One coffee coming.']);
  });

  it('keeps visitors apart: another visitor reusing a client message id gets their own answer', async () => {
    const a = await api().webchat.open({ channelKey, token: null });
    const b = await api().webchat.open({ channelKey, token: null });
    const fromA = await api().webchat.send({
      channelKey,
      token: a.token,
      clientMessageId: 'same-id-123',
      input: { type: 'text', text: 'menu' },
    });
    const fromB = await api().webchat.send({
      channelKey,
      token: b.token,
      clientMessageId: 'same-id-123',
      input: { type: 'text', text: 'hello' },
    });
    expect(textsOf(fromA.entries)).toEqual(['in:menu', 'out:menu']);
    expect(textsOf(fromB.entries)).toEqual(['in:hello']);
  });

  it('refuses forged tokens, tokens of another channel and unknown or non-web-chat channels', async () => {
    const { token } = await api().webchat.open({ channelKey, token: null });
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    await expect(
      api().webchat.send({
        channelKey,
        token: forged,
        clientMessageId: 'client-x-1',
        input: { type: 'text', text: 'hi' },
      }),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    const other = (
      await createChannel({
        services,
        workspaceId: fx.workspaceId,
        accountId: fx.accountId,
        type: 'webchat',
        name: 'Other',
      })
    ).publicKey;
    await expect(api().webchat.poll({ channelKey: other, token, afterId: 0 })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    await expect(api().webchat.open({ channelKey: 'no-such-channel', token: null })).rejects.toBeInstanceOf(
      TRPCError,
    );
    await expect(api().webchat.open({ channelKey: fx.channel.publicKey, token: null })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('limits new visitors per address and messages per visitor, with TOO_MANY_REQUESTS', async () => {
    const flood = api('203.0.113.50');
    for (let i = 0; i < 60; i += 1) await flood.webchat.open({ channelKey, token: null });
    await expect(flood.webchat.open({ channelKey, token: null })).rejects.toMatchObject({
      code: 'TOO_MANY_REQUESTS',
    });
    // Another address is not affected; a returning visitor (valid token) is not a new one.
    const { token } = await api('203.0.113.51').webchat.open({ channelKey, token: null });
    await expect(flood.webchat.open({ channelKey, token })).resolves.toMatchObject({ isNewVisitor: false });

    const chatty = api('203.0.113.51');
    for (let i = 0; i < 30; i += 1)
      await chatty.webchat.send({
        channelKey,
        token,
        clientMessageId: `burst-${i}-xx`,
        input: { type: 'text', text: 'hi' },
      });
    await expect(
      chatty.webchat.send({
        channelKey,
        token,
        clientMessageId: 'burst-31-xx',
        input: { type: 'text', text: 'hi' },
      }),
    ).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    const other = await chatty.webchat.open({ channelKey, token: null });
    await expect(
      chatty.webchat.send({
        channelKey,
        token: other.token,
        clientMessageId: 'other-1-xx',
        input: { type: 'text', text: 'hi' },
      }),
    ).resolves.toMatchObject({ handoff: false });
  });
});
