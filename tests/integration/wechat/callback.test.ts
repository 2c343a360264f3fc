import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, messages } from '@/server/db/schema';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { aesKeyOf, decryptWeChatMessage, encryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { signatureMatches, wechatSignature } from '@/server/channels/wechat/wechat-signature';
import { startServer, type RunningServer } from '@/server/http/start-server';
import { createTestServices, type TestServices } from '../helpers/test-services';
import { createRuntimeFixture, flowDoc, text, type RuntimeFixture } from '../runtime/runtime-fixture';

const TOKEN = 'replyflowToken1';
const AES = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
const APP_ID = 'wx2c2769f8efd9abc2';

let services: TestServices;
let server: RunningServer;
let fx: RuntimeFixture;
const keys = { compat: 'mp-compat-key', safe: 'mp-safe-key', wecom: 'wecom-key' };
/** The official WeCom callback sample (token "QDG6eK"): its URL check and its pushed "hello". */
const WECOM = {
  token: 'QDG6eK',
  encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  verify:
    'msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&nonce=263014780&echostr=P9nAzCzyDtyTWESHep1vC5X9xho%2FqYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp%2B4RPcs8TgAE7OaBO%2BFZXvnaqQ%3D%3D',
  push: 'msg_signature=477715d11cdb4164915debcba66cb864d751f3e6&timestamp=1409659813&nonce=1372623149',
  body: '<xml><ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName><Encrypt><![CDATA[RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==]]></Encrypt><AgentID><![CDATA[218]]></AgentID></xml>',
};

beforeAll(async () => {
  services = await createTestServices();
  fx = await createRuntimeFixture(services);
  for (const mode of ['compat', 'safe'] as const)
    await services.db.insert(channels).values({
      workspaceId: fx.workspaceId,
      accountId: fx.accountId,
      type: 'wechat_mp',
      name: `Official Account (${mode})`,
      publicKey: keys[mode],
      config: { appId: APP_ID, mode },
      secretsEncrypted: services.secrets.encryptJson({
        token: TOKEN,
        // No AppSecret: replies beyond the passive one are dead at once, with no call to WeChat
        // (these tests are about the callback; delivery.test.ts covers the API with the fake).
        encodingAesKey: AES,
      }),
    });
  await services.db.insert(channels).values({
    workspaceId: fx.workspaceId,
    accountId: fx.accountId,
    type: 'wecom',
    name: 'WeCom app',
    publicKey: keys.wecom,
    config: { corpId: WECOM.corpId, agentId: '218' },
    secretsEncrypted: services.secrets.encryptJson({
      token: WECOM.token,
      encodingAesKey: WECOM.encodingAesKey,
    }),
  });
  await fx.publish(
    'wechat',
    flowDoc(
      [
        { id: 'kw-hello', type: 'keyword-trigger', data: { keywords: ['hello'], match: 'exact' } },
        {
          id: 'send-hello',
          type: 'send-message',
          data: { messages: [text('你好！'), text('Second message')] },
        },
        { id: 'on-follow', type: 'event-trigger', data: { event: 'qr-scene', scene: 'poster' } },
        {
          id: 'send-follow',
          type: 'send-message',
          data: { messages: [text('Thanks for scanning the poster')] },
        },
      ],
      [
        ['kw-hello', 'out', 'send-hello'],
        ['on-follow', 'out', 'send-follow'],
      ],
    ),
  );
  server = await startServer({ services, port: 0, host: '127.0.0.1', runtimeOnly: true, dev: false });
});
afterAll(async () => {
  await server?.close();
  await services?.runtime.idle();
  await services?.cleanup();
});

const push = (fields: Record<string, string>) =>
  `<xml>${Object.entries(fields)
    .map(([k, v]) => (/^\d+$/.test(v) ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
    .join('')}</xml>`;
const textPush = (from: string, content: string, msgId: string) =>
  push({
    ToUserName: 'gh_account',
    FromUserName: from,
    CreateTime: '1763700000',
    MsgType: 'text',
    Content: content,
    MsgId: msgId,
  });

function plainUrl(key: string, extra: Record<string, string> = {}) {
  const timestamp = '1763700000';
  const nonce = 'n0nce';
  const query = new URLSearchParams({
    timestamp,
    nonce,
    signature: wechatSignature([TOKEN, timestamp, nonce]),
    ...extra,
  });
  return `${server.url}/wechat/${key}?${query}`;
}

function encryptedRequest(key: string, xml: string, appId = APP_ID) {
  const timestamp = '1763700001';
  const nonce = 'n1';
  const encrypt = encryptWeChatMessage({ aesKey: aesKeyOf(AES), message: xml, receiveId: appId });
  const query = new URLSearchParams({
    timestamp,
    nonce,
    signature: wechatSignature([TOKEN, timestamp, nonce]),
    encrypt_type: 'aes',
    msg_signature: wechatSignature([TOKEN, timestamp, nonce, encrypt]),
  });
  return {
    url: `${server.url}/wechat/${key}?${query}`,
    body: `<xml><ToUserName><![CDATA[gh_account]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
  };
}

const post = (url: string, body: string) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });

async function inboundCount() {
  const rows = await services.db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.direction, 'in'), eq(messages.workspaceId, fx.workspaceId)));
  return rows.length;
}

describe('URL check', () => {
  it('answers echostr exactly when the signature matches, and records the check', async () => {
    const echostr = '1616140317555161061+/=';
    const res = await fetch(plainUrl(keys.compat, { echostr }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(echostr);
    const [row] = await services.db
      .select({ at: channels.verifiedAt })
      .from(channels)
      .where(eq(channels.publicKey, keys.compat));
    expect(row!.at).toBeInstanceOf(Date);
    // WeChat sends the query as is: a raw "+" is a plus, not a space.
    const raw = await fetch(`${plainUrl(keys.compat)}&echostr=a+b`);
    expect(await raw.text()).toBe('a+b');
    const bad = await fetch(
      `${server.url}/wechat/${keys.safe}?timestamp=1&nonce=2&signature=${'0'.repeat(40)}&echostr=x`,
    );
    expect(bad.status).toBe(401);
    const [safe] = await services.db
      .select({ at: channels.verifiedAt })
      .from(channels)
      .where(eq(channels.publicKey, keys.safe));
    expect(safe!.at).toBeNull();
  });
});

describe('pushes', () => {
  it('answers a plaintext push with the first reply as the passive reply', async () => {
    const res = await post(plainUrl(keys.compat), textPush('oUser1', 'hello', '9000000000000000001'));
    expect(res.status).toBe(200);
    const reply = parseWeChatXml(await res.text());
    expect(reply).toMatchObject({
      ToUserName: 'oUser1',
      FromUserName: 'gh_account',
      MsgType: 'text',
      Content: '你好！',
    });
  });

  it('answers an encrypted push with an encrypted, signed reply for the AppID', async () => {
    const request = encryptedRequest(keys.safe, textPush('oUser2', 'hello', '9000000000000000002'));
    const res = await post(request.url, request.body);
    expect(res.status).toBe(200);
    const wrapped = parseWeChatXml(await res.text());
    expect(
      signatureMatches(wrapped.MsgSignature, [TOKEN, wrapped.TimeStamp!, wrapped.Nonce!, wrapped.Encrypt!]),
    ).toBe(true);
    const reply = parseWeChatXml(
      decryptWeChatMessage({ aesKey: aesKeyOf(AES), encrypted: wrapped.Encrypt!, receiveId: APP_ID }),
    );
    expect(reply).toMatchObject({ ToUserName: 'oUser2', Content: '你好！' });
  });

  it('maps a parameter-QR follow to its scene', async () => {
    const request = encryptedRequest(
      keys.safe,
      push({
        ToUserName: 'gh_account',
        FromUserName: 'oUser3',
        CreateTime: '1763700100',
        MsgType: 'event',
        Event: 'subscribe',
        EventKey: 'qrscene_poster',
        Ticket: 'T',
      }),
    );
    const wrapped = parseWeChatXml(await (await post(request.url, request.body)).text());
    const reply = parseWeChatXml(
      decryptWeChatMessage({ aesKey: aesKeyOf(AES), encrypted: wrapped.Encrypt!, receiveId: APP_ID }),
    );
    expect(reply.Content).toBe('Thanks for scanning the poster');
  });

  it("processes WeChat's retries once, also while the first is still running, and answers each the same", async () => {
    const before = await inboundCount();
    const body = textPush('oUser4', 'hello', '9000000000000000004');
    const answers = await Promise.all(
      [1, 2, 3].map(() => post(plainUrl(keys.compat), body).then((r) => r.text())),
    );
    const again = await (await post(plainUrl(keys.compat), body)).text();
    for (const answer of [...answers, again]) expect(parseWeChatXml(answer).Content).toBe('你好！');
    expect(await inboundCount()).toBe(before + 1);
  });

  it('answers success to a push the engine does not handle', async () => {
    const res = await post(
      plainUrl(keys.compat),
      push({
        ToUserName: 'gh_account',
        FromUserName: 'oUser5',
        CreateTime: '1763700200',
        MsgType: 'miniprogrampage',
        MsgId: '9000000000000000005',
      }),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('success');
  });
});

describe('refusals change nothing', () => {
  it('refuses a bad signature, plaintext on a safe channel, another AppID, a DOCTYPE and an unknown channel', async () => {
    const before = await inboundCount();
    const body = textPush('oUser6', 'hello', '9000000000000000006');
    const badSignature = await post(
      `${server.url}/wechat/${keys.compat}?timestamp=1&nonce=2&signature=${'a'.repeat(40)}`,
      body,
    );
    expect(badSignature.status).toBe(401);
    expect((await post(plainUrl(keys.safe), body)).status).toBe(400);
    const otherApp = encryptedRequest(keys.safe, body, 'wx0000000000000000');
    expect((await post(otherApp.url, otherApp.body)).status).toBe(403);
    const tampered = encryptedRequest(keys.safe, body);
    expect(
      (
        await post(
          tampered.url.replace(/msg_signature=[0-9a-f]+/, `msg_signature=${'b'.repeat(40)}`),
          tampered.body,
        )
      ).status,
    ).toBe(401);
    const doctype = await post(plainUrl(keys.compat), `<!DOCTYPE x [<!ENTITY e "e">]>${body}`);
    expect(doctype.status).toBe(400);
    expect((await post(plainUrl('no-such-channel'), body)).status).toBe(404);
    const oversized = await post(
      plainUrl(keys.compat),
      textPush('oUser6', 'x'.repeat(70_000), '9000000000000000007'),
    );
    expect(oversized.status).toBe(413);
    expect(await inboundCount()).toBe(before);
  });
});

describe('WeCom app (official sample)', () => {
  it('answers the encrypted URL check with its plaintext only', async () => {
    const res = await fetch(`${server.url}/wecom/${keys.wecom}?${WECOM.verify}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1616140317555161061');
    const tampered = await fetch(`${server.url}/wecom/${keys.wecom}?${WECOM.verify.replace('5c45', '6c45')}`);
    expect(tampered.status).toBe(401);
    // A WeCom key on the Official Account path (and the reverse) is unknown there.
    expect((await fetch(`${server.url}/wechat/${keys.wecom}?${WECOM.verify}`)).status).toBe(404);
    expect((await fetch(`${server.url}/wecom/${keys.safe}?${WECOM.verify}`)).status).toBe(404);
  });

  it('decrypts the pushed "hello" for the CorpID and answers with an encrypted passive reply', async () => {
    const res = await post(`${server.url}/wecom/${keys.wecom}?${WECOM.push}`, WECOM.body);
    expect(res.status).toBe(200);
    const wrapped = parseWeChatXml(await res.text());
    expect(
      signatureMatches(wrapped.MsgSignature, [
        WECOM.token,
        wrapped.TimeStamp!,
        wrapped.Nonce!,
        wrapped.Encrypt!,
      ]),
    ).toBe(true);
    const reply = parseWeChatXml(
      decryptWeChatMessage({
        aesKey: aesKeyOf(WECOM.encodingAesKey),
        encrypted: wrapped.Encrypt!,
        receiveId: WECOM.corpId,
      }),
    );
    expect(reply).toMatchObject({ ToUserName: 'mycreate', FromUserName: WECOM.corpId, Content: '你好！' });
    // WeCom pushes are always encrypted: a plaintext one is refused.
    const plaintext = await post(
      `${server.url}/wecom/${keys.wecom}?${WECOM.push}`,
      textPush('mycreate', 'hello', '1'),
    );
    expect(plaintext.status).toBe(400);
  });
});
