import http from 'node:http';
import { buildWeChatXml } from '@/server/channels/wechat/build-wechat-xml';
import { aesKeyOf, encryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { wechatSignature } from '@/server/channels/wechat/wechat-signature';
import { checkWeChatReply } from './check-wechat-reply';
import { type WeChatFixture } from './create-wechat-fixture';
import { loopbackUrl } from './load';
import { postRaw } from './post-raw';
import { runScriptedLoad } from './scripted-load';
import { type WebhookLoadResult } from './webhook-load';

/**
 * Closed-loop load on the safe-mode callback `POST /wechat/<channelKey>?timestamp&nonce&signature
 * &encrypt_type=aes&msg_signature`, as WeChat sends it (PROTOCOL.md §2): each connection plays the
 * benchmark script with one new OpenID after another, every push an encrypted text with a fresh
 * MsgId and CreateTime now. Every answer must be the encrypted passive reply carrying the turn's
 * first expected text (checkWeChatReply). A contact whose turn fails is abandoned for a new one.
 * Same result shape as the webhook load, so the two compare line by line.
 */
export async function runWeChatEndpointLoad(options: {
  baseUrl: string;
  fixture: WeChatFixture;
  connections: number;
  seconds: number;
  /** Distinguishes this run's OpenIDs from earlier runs' (warm-up) in the same database. */
  runId: string;
}): Promise<WebhookLoadResult> {
  const { fixture } = options;
  const path = `/wechat/${encodeURIComponent(fixture.channelKey)}`;
  const url = loopbackUrl(options.baseUrl, path);
  const aesKey = aesKeyOf(fixture.encodingAesKey);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  // MsgIds are 64-bit decimals; starting from the clock keeps every run's apart in one database.
  let nextMsgId = BigInt(Date.now()) * 1_000_000n;

  /** Seals one text push like WeChat: encrypted for the AppID, signed with the token. */
  const request = (openId: string, content: string) => {
    nextMsgId += 1n;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = String(nextMsgId % 1_000_000_000n);
    const push = buildWeChatXml({
      ToUserName: fixture.accountUserName,
      FromUserName: openId,
      CreateTime: Number(timestamp),
      MsgType: 'text',
      Content: content,
      MsgId: String(nextMsgId),
    });
    const encrypt = encryptWeChatMessage({ aesKey, message: push, receiveId: fixture.appId });
    const query = new URLSearchParams({
      timestamp,
      nonce,
      signature: wechatSignature([fixture.token, timestamp, nonce]),
      encrypt_type: 'aes',
      msg_signature: wechatSignature([fixture.token, timestamp, nonce, encrypt]),
    });
    const body = buildWeChatXml({ ToUserName: fixture.accountUserName, Encrypt: encrypt });
    return { target: new URL(`${url.pathname}?${query}`, url), body };
  };

  const result = await runScriptedLoad({
    connections: options.connections,
    seconds: options.seconds,
    nextContactId: (n) => `oBench-${options.runId}-${n}`,
    send: ({ contact, step }) => {
      const { target, body } = request(contact, step.text);
      return postRaw({ url: target, agent, headers: { 'content-type': 'text/xml' }, body });
    },
    check: ({ status, raw, step, contact }) =>
      checkWeChatReply({
        status,
        raw,
        token: fixture.token,
        aesKey,
        appId: fixture.appId,
        accountUserName: fixture.accountUserName,
        openId: contact,
        expected: step.replies[0] ?? '',
      }),
  });
  agent.destroy();
  return result;
}
