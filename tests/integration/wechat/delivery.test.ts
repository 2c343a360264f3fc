import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetryDelivery } from '@/server/channels/wechat/delivery/deliver-wechat-outbox';
import { UNHANDLED_PUSHES_KEPT } from '@/server/channels/wechat/handle-wechat-callback';
import { messages } from '@/server/db/schema';
import {
  createWeChatDeliveryFixture,
  LONG_TEXT,
  MP,
  SEVEN,
  WELCOME,
  WECOM,
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

const sentTo = (openid: string) => fx.sentTo(openid);
const sendCalls = () => fx.apiCalls.filter((p) => p === SEND).length;
const settle = () => fx.services.runtime.idle();
const states = (rows: { text: string; status: string; via: string | null }[]) =>
  rows.map((r) => [r.text, r.status, r.via]);

/** Polls `done` (every 100 ms, up to 5 s): for work the callback finishes after answering. */
async function until(done: () => Promise<boolean>) {
  for (let i = 0; i < 50 && !(await done()); i += 1) await new Promise((r) => setTimeout(r, 100));
  expect(await done()).toBe(true);
}

/** A contact of the Official Account says `content` (WeChat opens its window first, as it would). */
async function say(openid: string, content: string, options: { window?: boolean } = {}) {
  if (options.window ?? true) fx.fake.state.interact(MP.appId, openid, 'message');
  const answer = await fx.clients.mp.push(fx.clients.mp.text(openid, content));
  expect(answer.status).toBe(200);
  await settle();
  return answer.reply;
}

/** Puts a dead or blocked message back on its way and runs the fresh delivery, as the queue would. */
async function retry(message: { id: number; conversationId: string }) {
  const before = new Set((await fx.deliveries(message.conversationId)).map((d) => d.id));
  const { queued } = await fx.api.delivery.retry({
    workspaceId: fx.workspaceId,
    channelId: fx.channels.mp,
    messageIds: [message.id],
  });
  expect(queued).toBe(1);
  const fresh = (await fx.deliveries(message.conversationId)).filter((d) => !before.has(d.id));
  expect(fresh).toMatchObject([{ status: 'pending', attempts: 0 }]);
  return fx.services.runtime.deliver(fresh[0]!.id);
}

describe('Official Account delivery', () => {
  it('answers the first reply passively and sends the second once through the customer-service API', async () => {
    const reply = await say('oMulti', 'hello');
    expect(reply).toMatchObject({ ToUserName: 'oMulti', MsgType: 'text', Content: '你好！' });
    expect(sentTo('oMulti')).toMatchObject([
      {
        appId: MP.appId,
        msgtype: 'text',
        body: { touser: 'oMulti', msgtype: 'text', text: { content: 'Second message' } },
      },
    ]);
    const rows = await fx.outbound(fx.channels.mp, 'oMulti');
    expect(states(rows)).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'sent', 'api'],
    ]);
    expect(rows.map((r) => r.apiSends)).toEqual([0, 1]);
    const [delivery] = await fx.deliveries(rows[0]!.conversationId);
    expect(delivery).toMatchObject({ status: 'done', attempts: 1 });
    // The row is done: the queue's safety-net job finds nothing left to send.
    expect(await fx.services.runtime.deliver(delivery!.id)).toBe('skipped');
    expect(sentTo('oMulti')).toHaveLength(1);
    const list = await fx.api.delivery.list({ workspaceId: fx.workspaceId, channelId: fx.channels.mp });
    const mine = list.items.filter((i) => i.contact.externalId === 'oMulti' && i.direction === 'out');
    expect(mine.map((i) => [i.id, i.deliveryStatus, i.deliveredVia])).toEqual([
      [rows[1]!.id, 'sent', 'api'],
      [rows[0]!.id, 'sent', 'passive'],
    ]);
    const page = await fx.api.delivery.list({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
      limit: 1,
    });
    expect(page.items.map((i) => i.id)).toEqual([rows[1]!.id]);
    expect(page.nextBefore).toBe(rows[1]!.id);
    const next = await fx.api.delivery.list({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
      limit: 1,
      before: page.nextBefore!,
    });
    expect(next.items.map((i) => i.id)).toEqual([rows[0]!.id]);
  });

  it('answers the first 2048 bytes of a long text passively and sends the rest through the API', async () => {
    const reply = await say('oLong', 'long');
    const passive = reply!.Content!;
    expect(Buffer.byteLength(passive)).toBeLessThanOrEqual(2048);
    expect(passive.length).toBeGreaterThan(0);
    const rest = sentTo('oLong').map((m) => (m.body.text as { content: string }).content);
    expect(rest.length).toBeGreaterThanOrEqual(2);
    for (const chunk of rest) expect(Buffer.byteLength(chunk)).toBeLessThanOrEqual(2048);
    expect(passive + rest.join('')).toBe(LONG_TEXT);
    const [row] = await fx.outbound(fx.channels.mp, 'oLong');
    expect(row).toMatchObject({ status: 'sent', apiSends: rest.length });
  });

  it('processes a WeChat retry that arrives while the first attempt is still running once, answering both alike', async () => {
    fx.fake.state.interact(MP.appId, 'oRetry', 'message');
    const request = fx.clients.mp.request(fx.clients.mp.text('oRetry', 'hello', '7000000000000000042'));
    fx.slowNextTurn(1_200);
    let firstDone = false;
    const first = fx.clients.mp.send(request).finally(() => {
      firstDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(firstDone).toBe(false);
    const answers = await Promise.all([first, fx.clients.mp.send(request)]);
    await settle();
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.reply).toMatchObject({ ToUserName: 'oRetry', MsgType: 'text', Content: '你好！' });
    }
    const [inbound] = await fx.services.db
      .select({ n: count() })
      .from(messages)
      .where(
        and(
          eq(messages.channelId, fx.channels.mp),
          eq(messages.direction, 'in'),
          sql`${messages.contactId} = (select id from contacts where external_id = 'oRetry')`,
        ),
      );
    expect(inbound!.n).toBe(1);
    expect(sentTo('oRetry').map((m) => m.body.text)).toEqual([{ content: 'Second message' }]);
    expect(states(await fx.outbound(fx.channels.mp, 'oRetry'))).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'sent', 'api'],
    ]);
  });

  it('answers success when the turn outlasts 4 s and sends all its replies through the API', async () => {
    fx.fake.state.interact(MP.appId, 'oLate', 'message');
    const request = fx.clients.mp.request(fx.clients.mp.text('oLate', 'hello'));
    fx.slowNextTurn(4_300);
    const started = Date.now();
    const answer = await fx.clients.mp.send(request);
    expect(answer).toMatchObject({ status: 200, text: 'success' });
    expect(Date.now() - started).toBeLessThan(4_900);
    await until(async () => sentTo('oLate').length === 2);
    expect(sentTo('oLate').map((m) => m.body.text)).toEqual([
      { content: '你好！' },
      { content: 'Second message' },
    ]);
    // WeChat's retry of the same push, now that the API delivery ran: `success`, nothing sent twice.
    const again = await fx.clients.mp.send(request);
    expect(again).toMatchObject({ status: 200, text: 'success' });
    await settle();
    expect(sentTo('oLate')).toHaveLength(2);
    expect(states(await fx.outbound(fx.channels.mp, 'oLate'))).toEqual([
      ['你好！', 'sent', 'api'],
      ['Second message', 'sent', 'api'],
    ]);
  });

  it('blocks what is over the quota before calling WeChat (5 API messages after a user message)', async () => {
    const calls = sendCalls();
    await say('oQuota', 'seven');
    expect(sentTo('oQuota').map((m) => m.body.text)).toEqual(
      SEVEN.slice(1, 6).map((content) => ({ content })),
    );
    expect(sendCalls() - calls).toBe(5);
    const rows = await fx.outbound(fx.channels.mp, 'oQuota');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'sent', 'blocked']);
    expect(rows[6]!.error).toMatch(/^45047/);
  });

  it('blocks the message WeChat answers 45047 and the rest of the turn, without retrying', async () => {
    fx.fake.state.failNext(SEND, { errcode: 45047, errmsg: 'out of response count limit' });
    const calls = sendCalls();
    await say('oQuota2', 'seven');
    expect(sentTo('oQuota2')).toEqual([]);
    expect(sendCalls() - calls).toBe(1);
    const rows = await fx.outbound(fx.channels.mp, 'oQuota2');
    expect(rows.map((r) => r.status)).toEqual(['sent', ...Array<string>(6).fill('blocked')]);
    for (const row of rows.slice(1)) expect(row.error).toMatch(/^45047/);
    const [delivery] = await fx.deliveries(rows[0]!.conversationId);
    expect(delivery).toMatchObject({ status: 'done', attempts: 1 });
    expect(await fx.services.runtime.deliver(delivery!.id)).toBe('skipped');
    expect(sendCalls() - calls).toBe(1);
  });

  it('allows 3 API messages in the minute after a follow, and nothing after an unfollow', async () => {
    const client = fx.clients.mp;
    const event = (name: string) => ({
      ToUserName: 'gh_account',
      FromUserName: 'oFollower',
      CreateTime: String(Math.floor(Date.now() / 1000)),
      MsgType: 'event',
      Event: name,
    });
    fx.fake.state.interact(MP.appId, 'oFollower', 'event');
    const calls = sendCalls();
    const answer = await client.push(event('subscribe'));
    expect(answer.reply).toMatchObject({ Content: WELCOME[0] });
    await settle();
    expect(sentTo('oFollower').map((m) => m.body.text)).toEqual(
      WELCOME.slice(1, 4).map((content) => ({ content })),
    );
    expect(sendCalls() - calls).toBe(3);
    let rows = await fx.outbound(fx.channels.mp, 'oFollower');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent', 'sent', 'blocked']);
    expect(rows[4]!.error).toMatch(/^45047/);

    fx.fake.state.unfollow(MP.appId, 'oFollower');
    expect(
      await client.push({ ...event('unsubscribe'), CreateTime: String(Math.floor(Date.now() / 1000) + 1) }),
    ).toMatchObject({ status: 200 });
    await retry(rows[4]!);
    rows = await fx.outbound(fx.channels.mp, 'oFollower');
    expect(rows[4]).toMatchObject({ status: 'blocked' });
    expect(rows[4]!.error).toMatch(/^45015/);
    expect(sendCalls() - calls).toBe(3);
  });

  it('blocks outside the 48-hour window (WeChat, then the local check) and sends once the user writes again', async () => {
    const calls = sendCalls();
    await say('oWindow', 'hello', { window: false });
    expect(sendCalls() - calls).toBe(1);
    let rows = await fx.outbound(fx.channels.mp, 'oWindow');
    expect(states(rows)).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'blocked', null],
    ]);
    expect(rows[1]!.error).toMatch(/^45015/);

    // 49 hours later: the local check knows the window is closed and does not call WeChat.
    await fx.services.db
      .update(messages)
      .set({ createdAt: sql`now() - interval '49 hours'` })
      .where(and(eq(messages.contactId, rows[0]!.contactId), eq(messages.direction, 'in')));
    await retry(rows[1]!);
    rows = await fx.outbound(fx.channels.mp, 'oWindow');
    expect(rows[1]).toMatchObject({ status: 'blocked', apiSends: 0 });
    expect(rows[1]!.error).toMatch(/^45015/);
    expect(sendCalls() - calls).toBe(1);

    // The user writes again: a new window opens.
    await say('oWindow', 'anything new');
    expect(await retry(rows[1]!)).toBe('sent');
    rows = await fx.outbound(fx.channels.mp, 'oWindow');
    expect(rows[1]).toMatchObject({ status: 'sent', via: 'api', apiSends: 1, error: null });
    expect(sentTo('oWindow').map((m) => m.body.text)).toEqual([{ content: 'Second message' }]);
  });

  it('retries a failed send and sends it on the next attempt', async () => {
    fx.fake.state.failNext(SEND, { status: 500 });
    await say('oFlaky', 'hello');
    let rows = await fx.outbound(fx.channels.mp, 'oFlaky');
    expect(rows[1]).toMatchObject({ status: 'failed' });
    expect(rows[1]!.error).toMatch(/500/);
    const [delivery] = await fx.deliveries(rows[0]!.conversationId);
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1 });
    expect(sentTo('oFlaky')).toEqual([]);
    expect(await fx.services.runtime.deliver(delivery!.id)).toBe('sent');
    rows = await fx.outbound(fx.channels.mp, 'oFlaky');
    expect(states(rows)).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'sent', 'api'],
    ]);
    expect(sentTo('oFlaky')).toHaveLength(1);
    expect((await fx.deliveries(rows[0]!.conversationId))[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('gives up after 5 failed attempts (dead, shown for attention) and sends again on a manual retry', async () => {
    for (let i = 0; i < 5; i += 1) fx.fake.state.failNext(SEND, { status: 502 });
    await say('oDead', 'hello');
    const [first] = await fx.outbound(fx.channels.mp, 'oDead');
    const [delivery] = await fx.deliveries(first!.conversationId);
    for (let attempt = 2; attempt <= 4; attempt += 1)
      await expect(fx.services.runtime.deliver(delivery!.id)).rejects.toBeInstanceOf(RetryDelivery);
    expect(await fx.services.runtime.deliver(delivery!.id)).toBe('partial');
    let rows = await fx.outbound(fx.channels.mp, 'oDead');
    expect(rows[1]).toMatchObject({ status: 'dead' });
    expect((await fx.deliveries(first!.conversationId))[0]).toMatchObject({ status: 'dead', attempts: 5 });
    expect(sentTo('oDead')).toEqual([]);

    const list = await fx.api.delivery.list({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
      filter: 'attention',
    });
    expect(list.items.map((i) => i.id)).toContain(rows[1]!.id);
    expect(list.items.every((i) => !['none', 'sent'].includes(i.deliveryStatus))).toBe(true);
    const [dead] = await fx.services.db
      .select({ n: count() })
      .from(messages)
      .where(and(eq(messages.channelId, fx.channels.mp), eq(messages.deliveryStatus, 'dead')));
    expect(list.counts.dead).toBe(dead!.n);
    expect(list.counts.dead).toBeGreaterThanOrEqual(1);

    expect(await retry(rows[1]!)).toBe('sent');
    rows = await fx.outbound(fx.channels.mp, 'oDead');
    expect(states(rows)).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'sent', 'api'],
    ]);
    expect(sentTo('oDead')).toHaveLength(1);
  });

  it('sends again only the unsent chunks when a long text is retried (not the passive one, not the sent one)', async () => {
    // The second chunk goes through, the third fails 5 times.
    fx.fake.state.failNext(SEND, { delayMs: 1 });
    for (let i = 0; i < 5; i += 1) fx.fake.state.failNext(SEND, { status: 503 });
    const passive = (await say('oLongDead', 'long'))!.Content!;
    expect(sentTo('oLongDead')).toHaveLength(1);
    const [message] = await fx.outbound(fx.channels.mp, 'oLongDead');
    const [delivery] = await fx.deliveries(message!.conversationId);
    for (let attempt = 2; attempt <= 4; attempt += 1)
      await expect(fx.services.runtime.deliver(delivery!.id)).rejects.toBeInstanceOf(RetryDelivery);
    await fx.services.runtime.deliver(delivery!.id);
    expect((await fx.outbound(fx.channels.mp, 'oLongDead'))[0]).toMatchObject({ status: 'dead' });
    expect(await retry(message!)).toBe('sent');
    const rest = sentTo('oLongDead').map((m) => (m.body.text as { content: string }).content);
    expect(passive + rest.join('')).toBe(LONG_TEXT);
    expect((await fx.outbound(fx.channels.mp, 'oLongDead'))[0]).toMatchObject({
      status: 'sent',
      error: null,
    });
  });

  it('shows "typing" while an HTTP request node runs and sends its reply through the API', async () => {
    const reply = await say('oTyping', 'order');
    expect(reply).toBeNull();
    expect(fx.fake.state.typing).toMatchObject([{ appId: MP.appId, touser: 'oTyping', command: 'Typing' }]);
    // The continuation's reply goes out as soon as its turn is done, not at the queue's next poll.
    await settle();
    const rows = await fx.outbound(fx.channels.mp, 'oTyping');
    expect(states(rows)).toEqual([['Your order is shipped.', 'sent', 'api']]);
    const deliveries = await fx.deliveries(rows[0]!.conversationId);
    expect(deliveries).toMatchObject([{ status: 'done', attempts: 1 }]);
    // The queue's job (the safety net) finds nothing left to do.
    expect(await fx.services.runtime.deliver(deliveries[0]!.id)).toBe('skipped');
    expect(sentTo('oTyping').map((m) => m.body.text)).toEqual([{ content: 'Your order is shipped.' }]);
    expect(fx.fake.state.typing[0]!.at).toBeLessThanOrEqual(sentTo('oTyping')[0]!.at);
  });

  it('uploads an image given by URL once, reuses it, and explains the ones it cannot send', async () => {
    const uploads = fx.fake.state.uploads.length;
    const reply = await say('oPhoto', 'photo');
    // An image without a media id cannot be the passive reply: everything goes through the API.
    expect(reply).toBeNull();
    await settle();
    const rows = await fx.outbound(fx.channels.mp, 'oPhoto');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'dead', 'dead', 'dead', 'sent']);
    expect(rows[1]!.error).toMatch(/gave text\/html, not a JPEG, PNG, GIF image/);
    expect(rows[2]!.error).toMatch(/answered HTTP 404/);
    expect(rows[3]!.error).toMatch(/image not downloaded: .*169\.254\.169\.254/);
    const newUploads = fx.fake.state.uploads.slice(uploads);
    expect(newUploads).toMatchObject([
      { appId: MP.appId, type: 'image', contentType: 'image/png', filename: 'image.png' },
    ]);
    const images = sentTo('oPhoto').map((m) => m.body.image);
    expect(images).toEqual([{ media_id: newUploads[0]!.mediaId }, { media_id: newUploads[0]!.mediaId }]);
    expect(fx.imageRequests.filter((p) => p === '/img/cat.png')).toHaveLength(1);

    // Close to WeChat forgetting it (within the hour), the image is uploaded again; what WeChat has
    // forgotten is dropped.
    await fx.services.dbHandle.raw.query(
      `update wechat_media set expires_at = now() + interval '30 minutes' where media_id = $1`,
      [newUploads[0]!.mediaId],
    );
    await fx.services.dbHandle.raw.query(
      `insert into wechat_media (api_base, app_id, url_hash, media_id, expires_at)
       values ($1, $2, 'gone', 'media-gone', now() - interval '1 hour')`,
      [fx.fake.url, MP.appId],
    );
    await say('oPhoto', 'photo');
    expect(fx.fake.state.uploads.length - uploads).toBe(2);
    expect(
      await fx.services.dbHandle.raw.query(`select 1 from wechat_media where media_id = 'media-gone'`),
    ).toEqual([]);
    expect(sentTo('oPhoto').at(-1)!.body.image).toEqual({ media_id: fx.fake.state.uploads.at(-1)!.mediaId });
  });

  it('answers an image uploaded before as the passive reply (no API send for it)', async () => {
    await say('oWarm', 'photo');
    const uploads = fx.fake.state.uploads.length;
    const mediaId = fx.fake.state.uploads.at(-1)!.mediaId;
    const reply = await say('oWarm2', 'photo');
    expect(reply).toMatchObject({ MsgType: 'image' });
    expect(JSON.stringify(reply)).toContain(mediaId);
    const rows = await fx.outbound(fx.channels.mp, 'oWarm2');
    expect(rows.map((r) => [r.status, r.via])).toEqual([
      ['sent', 'passive'],
      ['dead', null],
      ['dead', null],
      ['dead', null],
      ['sent', 'api'],
    ]);
    expect(sentTo('oWarm2').map((m) => m.body.image)).toEqual([{ media_id: mediaId }]);
    expect(fx.fake.state.uploads).toHaveLength(uploads);
  });

  it('answers WeChat’s retry of a push with the same image, even once the upload is forgotten', async () => {
    await say('oRetryPhoto0', 'photo');
    const mediaId = fx.fake.state.uploads.at(-1)!.mediaId;
    fx.fake.state.interact(MP.appId, 'oRetryPhoto', 'message');
    const request = fx.clients.mp.request(fx.clients.mp.text('oRetryPhoto', 'photo'));
    const first = await fx.clients.mp.send(request);
    expect(first.reply).toMatchObject({ MsgType: 'image' });
    expect(JSON.stringify(first.reply)).toContain(mediaId);
    await settle();
    await fx.services.dbHandle.raw.query(`delete from wechat_media`);
    const again = await fx.clients.mp.send(request);
    expect(again.reply).toMatchObject({ MsgType: 'image' });
    expect(JSON.stringify(again.reply)).toContain(mediaId);
    await settle();
    // Only the turn's last image went through the API, once.
    expect(sentTo('oRetryPhoto').map((m) => m.body.image)).toEqual([{ media_id: mediaId }]);
  });

  it('uploads an image again, once, when WeChat no longer knows its media id', async () => {
    await fx.services.dbHandle.raw.query(`delete from wechat_media`);
    const uploads = fx.fake.state.uploads.length;
    fx.fake.state.failNext(SEND, { errcode: 40007, errmsg: 'invalid media_id' });
    await say('oForgot', 'photo');
    const rows = await fx.outbound(fx.channels.mp, 'oForgot');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'dead', 'dead', 'dead', 'sent']);
    const fresh = fx.fake.state.uploads.slice(uploads);
    expect(fresh).toHaveLength(2);
    expect(sentTo('oForgot').map((m) => m.body.image)).toEqual([
      { media_id: fresh[1]!.mediaId },
      { media_id: fresh[1]!.mediaId },
    ]);
  });

  it('retries an image upload WeChat was too busy for, then sends it', async () => {
    fx.fake.state.failNext('/cgi-bin/media/upload', { errcode: -1, errmsg: 'system error' });
    await fx.services.dbHandle.raw.query(`delete from wechat_media`);
    const uploads = fx.fake.state.uploads.length;
    await say('oBusyPhoto', 'photo');
    const rows = await fx.outbound(fx.channels.mp, 'oBusyPhoto');
    expect(rows[0]).toMatchObject({ status: 'failed' });
    expect(rows[0]!.error).toMatch(/^-1 system error/);
    const [delivery] = await fx.deliveries(rows[0]!.conversationId);
    expect(await fx.services.runtime.deliver(delivery!.id)).toBe('partial');
    const after = await fx.outbound(fx.channels.mp, 'oBusyPhoto');
    expect(after.map((r) => r.status)).toEqual(['sent', 'dead', 'dead', 'dead', 'sent']);
    expect(fx.fake.state.uploads.length - uploads).toBe(1);
  });

  it('narrows the message log to one contact', async () => {
    await say('oOnly', 'hello');
    const input = { workspaceId: fx.workspaceId, channelId: fx.channels.mp };
    const all = await fx.api.delivery.list(input);
    expect(new Set(all.items.map((i) => i.contact.externalId)).size).toBeGreaterThan(1);
    const only = await fx.api.delivery.list({ ...input, contact: 'oOnly' });
    expect(only.items.map((i) => [i.direction, i.contact.externalId])).toEqual([
      ['out', 'oOnly'],
      ['out', 'oOnly'],
      ['in', 'oOnly'],
    ]);
    expect((await fx.api.delivery.list({ ...input, contact: 'nobody' })).items).toEqual([]);
  });

  it('records pushes it does not handle, answers success and writes no message', async () => {
    const before = await fx.services.db.select({ n: count() }).from(messages);
    const client = fx.clients.mp;
    const pushes = [
      { ...client.text('oUnknown', ''), MsgType: 'miniprogram_event', Content: '' },
      { ...client.text('oUnknown', ''), MsgType: 'event', Event: 'TEMPLATESENDJOBFINISH', Status: 'success' },
    ];
    for (const fields of pushes) {
      const answer = await client.push(fields);
      expect(answer).toMatchObject({ status: 200, text: 'success' });
    }
    const { items } = await fx.api.delivery.unhandled({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
    });
    expect(items.slice(0, 2).map((i) => [i.detail.MsgType, i.detail.Event, i.detail.FromUserName])).toEqual([
      ['event', 'TEMPLATESENDJOBFINISH', 'oUnknown'],
      ['miniprogram_event', undefined, 'oUnknown'],
    ]);
    expect(await fx.services.db.select({ n: count() }).from(messages)).toEqual(before);
  });

  it('keeps the newest unhandled pushes of a channel only', async () => {
    const kept = () =>
      fx.services.dbHandle.raw.query<{ n: number; oldest: string | null }>(
        `select count(*)::int as n, min(detail->>'FromUserName') filter (where detail->>'FromUserName' like 'oOld%') as oldest
         from channel_events where channel_id = $1`,
        [fx.channels.mp],
      );
    await fx.services.dbHandle.raw.query(
      `insert into channel_events (workspace_id, channel_id, kind, detail)
       select $1, $2, 'unhandled-push', jsonb_build_object('FromUserName', 'oOld' || lpad(i::text, 4, '0'))
       from generate_series(1, $3::int) i`,
      [fx.workspaceId, fx.channels.mp, UNHANDLED_PUSHES_KEPT],
    );
    expect((await kept())[0]!.n).toBeGreaterThan(UNHANDLED_PUSHES_KEPT);
    const client = fx.clients.mp;
    const answer = await client.push({
      ...client.text('oNewest', ''),
      MsgType: 'event',
      Event: 'TEMPLATESENDJOBFINISH',
    });
    expect(answer).toMatchObject({ status: 200, text: 'success' });
    const [after] = await kept();
    expect(after!.n).toBe(UNHANDLED_PUSHES_KEPT);
    // The oldest went first (the earlier pushes, then the first of these); the newest push is there.
    expect(after!.oldest).toBe('oOld0002');
    const { items } = await fx.api.delivery.unhandled({
      workspaceId: fx.workspaceId,
      channelId: fx.channels.mp,
    });
    expect(items[0]!.detail.FromUserName).toBe('oNewest');
  });

  it('answers passively without an AppSecret, and marks the rest dead with the reason', async () => {
    const calls = fx.apiCalls.length;
    const answer = await fx.clients.noSecret.push(fx.clients.noSecret.text('oNoSecret', 'hello'));
    expect(answer.reply).toMatchObject({ ToUserName: 'oNoSecret', Content: '你好！' });
    await settle();
    const rows = await fx.outbound(fx.channels.noSecret, 'oNoSecret');
    expect(states(rows)).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'dead', null],
    ]);
    expect(rows[1]!.error).toMatch(/AppSecret/);
    expect(fx.apiCalls.length).toBe(calls);
  });
});

describe('WeCom app delivery', () => {
  it('answers the first reply encrypted for the CorpID and sends the second through message/send', async () => {
    const client = fx.clients.wecom;
    const answer = await client.push(client.text('zhangsan', 'hello'));
    expect(answer.status).toBe(200);
    expect(answer.reply).toMatchObject({
      ToUserName: 'zhangsan',
      FromUserName: WECOM.corpId,
      MsgType: 'text',
      Content: '你好！',
    });
    await settle();
    expect(fx.fake.state.sent.filter((m) => m.appId === `${WECOM.corpId}/${WECOM.agentId}`)).toMatchObject([
      {
        touser: 'zhangsan',
        msgtype: 'text',
        body: { touser: 'zhangsan', msgtype: 'text', agentid: 1000002, text: { content: 'Second message' } },
      },
    ]);
    expect(fx.apiCalls).toContain('/cgi-bin/message/send');
    expect(states(await fx.outbound(fx.channels.wecom, 'zhangsan'))).toEqual([
      ['你好！', 'sent', 'passive'],
      ['Second message', 'sent', 'api'],
    ]);
  });

  it('uploads an image given by URL with the app’s own token and sends it', async () => {
    const client = fx.clients.wecom;
    const appKey = `${WECOM.corpId}/${WECOM.agentId}`;
    await client.push(client.text('lisi', 'photo'));
    await settle();
    const rows = await fx.outbound(fx.channels.wecom, 'lisi');
    expect(rows.map((r) => r.status)).toEqual(['sent', 'dead', 'dead', 'dead', 'sent']);
    const upload = fx.fake.state.uploads.find((u) => u.appId === appKey);
    expect(upload).toMatchObject({ type: 'image', contentType: 'image/png' });
    const images = fx.fake.state.sent.filter((m) => m.appId === appKey && m.touser === 'lisi');
    expect(images.map((m) => m.body.image)).toEqual([
      { media_id: upload!.mediaId },
      { media_id: upload!.mediaId },
    ]);
  });
});
