import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetryDelivery } from '@/server/channels/wechat/delivery/deliver-wechat-outbox';
import { splitUtf8Text } from '@/server/channels/wechat/split-utf8-text';
import {
  createWeChatDeliveryFixture,
  LONG_TEXT,
  MP,
  type WeChatDeliveryFixture,
} from './wechat-delivery-fixture';

const SEND = '/cgi-bin/message/custom/send';
let fx: WeChatDeliveryFixture;

beforeAll(async () => {
  fx = await createWeChatDeliveryFixture();
});
afterAll(async () => {
  await fx?.close();
});

const raw = () => fx.services.dbHandle.raw;
const sentTo = (openid: string) => fx.sentTo(openid);

/** A contact says "hello" (two replies) while the send API fails with HTTP 500: the second waits. */
async function helloWithFailingApi(openid: string) {
  fx.fake.state.interact(MP.appId, openid, 'message');
  fx.fake.state.failNext(SEND, { status: 500 });
  const answer = await fx.clients.mp.push(fx.clients.mp.text(openid, 'hello'));
  expect(answer.reply).toMatchObject({ Content: '你好！' });
  await fx.services.runtime.idle();
  const rows = await fx.outbound(fx.channels.mp, openid);
  const [delivery] = await fx.deliveries(rows[0]!.conversationId);
  expect(delivery).toMatchObject({ status: 'failed', attempts: 1 });
  return { rows, delivery: delivery! };
}

describe('delivery robustness', () => {
  it('leaves a delivery another attempt holds to it, and takes it over once abandoned', async () => {
    const { delivery } = await helloWithFailingApi('oBusy');
    // Another process's attempt holds it right now.
    await raw().query(`update outbox set status = 'running', updated_at = now() where id = $1`, [
      delivery.id,
    ]);
    expect(await fx.services.runtime.deliver(delivery.id)).toBe('waiting');
    expect(await fx.services.runtime.sweepDeliveries()).not.toContain(delivery.id);
    // Abandoned for over 2 minutes (its process died): the sweeper starts it again.
    await raw().query(`update outbox set updated_at = now() - interval '3 minutes' where id = $1`, [
      delivery.id,
    ]);
    expect(await fx.services.runtime.sweepDeliveries()).toContain(delivery.id);
    await fx.services.runtime.idle();
    expect(sentTo('oBusy').map((m) => m.body.text)).toEqual([{ content: 'Second message' }]);
    expect(
      await fx.deliveries((await fx.outbound(fx.channels.mp, 'oBusy'))[0]!.conversationId),
    ).toMatchObject([{ status: 'done' }]);
  });

  it('sweeps failed deliveries once their backoff is over, even when their job is gone', async () => {
    const { delivery } = await helloWithFailingApi('oSwept');
    // Within the first backoff (15 s) nothing happens.
    expect(await fx.services.runtime.sweepDeliveries()).not.toContain(delivery.id);
    // The job's retries were used up long ago; the backoff is over.
    await raw().query(`delete from pgboss.job where data->>'outboxId' = $1`, [delivery.id]);
    await raw().query(`update outbox set updated_at = now() - interval '20 seconds' where id = $1`, [
      delivery.id,
    ]);
    expect(await fx.services.runtime.sweepDeliveries()).toContain(delivery.id);
    await fx.services.runtime.idle();
    expect(sentTo('oSwept').map((m) => m.body.text)).toEqual([{ content: 'Second message' }]);
  });

  it('delivers a push’s replies when its callback died before answering (the sweeper, no job per message)', async () => {
    fx.fake.state.interact(MP.appId, 'oCrash', 'message');
    const [found] = await raw().query<{ key: string }>(
      `select public_key as key from channels where id = $1`,
      [fx.channels.mp],
    );
    const channel = await fx.services.runtime.channels.resolve(found!.key);
    // The turn committed, then the process died: no passive answer, no delivery started.
    const outcome = await fx.services.runtime.handleInbound({
      channel: channel!,
      externalId: 'oCrash',
      channelMessageId: 'wx:crash-1',
      event: { type: 'text', text: 'hello' },
    });
    const [delivery] = await fx.deliveries(outcome.conversationId!);
    expect(delivery).toMatchObject({ status: 'pending', attempts: 0 });
    const jobs = await raw().query<{ n: number }>(
      `select count(*)::int as n from pgboss.job where data->>'outboxId' = $1`,
      [delivery!.id],
    );
    expect(jobs[0]!.n).toBe(0);
    expect(await fx.services.runtime.sweepDeliveries()).not.toContain(delivery!.id);
    await raw().query(`update outbox set created_at = now() - interval '31 seconds' where id = $1`, [
      delivery!.id,
    ]);
    expect(await fx.services.runtime.sweepDeliveries()).toContain(delivery!.id);
    await fx.services.runtime.idle();
    expect(sentTo('oCrash').map((m) => (m.body.text as { content: string }).content)).toEqual([
      '你好！',
      'Second message',
    ]);
  });

  it('never leaves an attempt running after an unexpected error', async () => {
    const { rows, delivery } = await helloWithFailingApi('oBroken');
    await raw().query(`update outbox set payload = '{"messageIds": "not a list"}'::jsonb where id = $1`, [
      delivery.id,
    ]);
    await expect(fx.services.runtime.deliver(delivery.id)).rejects.toBeInstanceOf(RetryDelivery);
    const [after] = await fx.deliveries(rows[0]!.conversationId);
    expect(after).toMatchObject({ status: 'failed', attempts: 2 });
  });

  it('keeps a conversation’s deliveries in order: a later one waits for the earlier, then follows at once', async () => {
    const { rows, delivery } = await helloWithFailingApi('oOrder');
    // The follower writes again while the first turn's second reply waits for its retry: the new
    // turn's first reply must not overtake it, so it is not answered passively.
    const answer = await fx.clients.mp.push(fx.clients.mp.text('oOrder', 'seven'));
    expect(answer).toMatchObject({ status: 200, text: 'success' });
    await fx.services.runtime.idle();
    expect(sentTo('oOrder')).toEqual([]);
    const [, later] = await fx.deliveries(rows[0]!.conversationId);
    expect(later).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await fx.services.runtime.deliver(later!.id)).toBe('waiting');
    // The earlier delivery goes through and starts the next one right away.
    expect(await fx.services.runtime.deliver(delivery.id)).toBe('sent');
    await fx.services.runtime.idle();
    expect(sentTo('oOrder').map((m) => (m.body.text as { content: string }).content)).toEqual([
      'Second message',
      'm1',
      'm2',
      'm3',
      'm4',
    ]);
  });

  it('sends nothing twice when two operators retry the same message at once', async () => {
    fx.fake.state.failNext(SEND, { errcode: 40007, errmsg: 'invalid media_id' });
    fx.fake.state.interact(MP.appId, 'oTwice', 'message');
    await fx.clients.mp.push(fx.clients.mp.text('oTwice', 'hello'));
    await fx.services.runtime.idle();
    const [, second] = await fx.outbound(fx.channels.mp, 'oTwice');
    expect(second).toMatchObject({ status: 'dead' });
    const input = { workspaceId: fx.workspaceId, channelId: fx.channels.mp, messageIds: [second!.id] };
    const results = await Promise.allSettled([fx.api.delivery.retry(input), fx.api.delivery.retry(input)]);
    const queued = results.map((r) => (r.status === 'fulfilled' ? r.value.queued : 0));
    expect(queued.reduce((a, b) => a + b, 0)).toBe(1);
    const rows = await raw().query<{ n: number }>(
      `select count(*)::int as n from outbox where conversation_id = $1 and kind = 'deliver'`,
      [second!.conversationId],
    );
    expect(rows[0]!.n).toBe(2);
  });

  it('sends again across two turns without repeating what went out (each turn keeps its passive cut)', async () => {
    fx.fake.state.interact(MP.appId, 'oAcross', 'message');
    fx.fake.state.failNext(SEND, { errcode: 40007, errmsg: 'invalid media_id' });
    await fx.clients.mp.push(fx.clients.mp.text('oAcross', 'hello'));
    await fx.services.runtime.idle();
    fx.fake.state.interact(MP.appId, 'oAcross', 'message');
    const long = await fx.clients.mp.push(fx.clients.mp.text('oAcross', 'long'));
    await fx.services.runtime.idle();
    const chunks = splitUtf8Text(LONG_TEXT, 2048);
    expect(long.reply).toMatchObject({ Content: chunks[0] });
    const [, second, longMessage] = await fx.outbound(fx.channels.mp, 'oAcross');
    expect(second).toMatchObject({ status: 'dead' });
    // As if the long text's last chunk had failed for good after its second went out.
    await raw().query(`update messages set delivery_status = 'dead', api_sends = 1 where id = $1`, [
      longMessage!.id,
    ]);
    const before = sentTo('oAcross').length;
    const { queued } = await fx.api.delivery.retry({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
      messageIds: [second!.id, longMessage!.id],
    });
    expect(queued).toBe(2);
    const fresh = (await fx.deliveries(second!.conversationId)).filter((d) => d.status === 'pending');
    expect(fresh).toHaveLength(2);
    expect(await fx.services.runtime.deliver(fresh[0]!.id)).toBe('sent');
    await fx.services.runtime.idle();
    const resent = sentTo('oAcross')
      .slice(before)
      .map((m) => (m.body.text as { content: string }).content);
    expect(resent).toEqual(['Second message', chunks[2]]);
  });

  it('an attempt failing unexpectedly leaves alone the messages an operator already sent again', async () => {
    // m2 is refused for good (dead), m3 hits a busy WeChat: the turn's delivery waits for a retry.
    fx.fake.state.failNext(SEND, { errcode: 40007, errmsg: 'invalid media_id' });
    fx.fake.state.failNext(SEND, { status: 500 });
    fx.fake.state.interact(MP.appId, 'oAbandon', 'message');
    await fx.clients.mp.push(fx.clients.mp.text('oAbandon', 'seven'));
    await fx.services.runtime.idle();
    const rows = await fx.outbound(fx.channels.mp, 'oAbandon');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'dead', ...Array<string>(5).fill('failed')]);
    const [first] = await fx.deliveries(rows[0]!.conversationId);
    // The operator sends m2 again: a new delivery row owns it now.
    const { queued } = await fx.api.delivery.retry({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
      messageIds: [rows[1]!.id],
    });
    expect(queued).toBe(1);
    // The first row's next attempt breaks on something unexpected (m3 unreadable).
    await raw().query(`update messages set payload = '{"type":"nonsense"}' where id = $1`, [rows[2]!.id]);
    await expect(fx.services.runtime.deliver(first!.id)).rejects.toBeInstanceOf(RetryDelivery);
    const after = await raw().query<{ status: string; error: string | null }>(
      `select delivery_status as status, delivery_error as error from messages where id = any($1::bigint[]) order by id`,
      [[String(rows[1]!.id), String(rows[2]!.id)]],
    );
    expect(after[0]).toMatchObject({ status: 'pending' });
    expect(after[1]!.status).toBe('failed');
    expect(after[1]!.error).toMatch(/^unexpected: /);
  });

  it('never fails a turn over the typing indicator', async () => {
    const typing = await fx.services.runtime.wechat.typing('00000000-0000-0000-0000-000000000000', 'Typing');
    expect(typing).toBe(false);
    await expect(
      fx.services.db
        .execute(sql`select 1`)
        .then(() => fx.services.runtime.wechat.typing('not-a-uuid', 'Typing')),
    ).resolves.toBe(false);
  });
});
