import { expect } from 'vitest';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { aesKeyOf, decryptWeChatMessage, encryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { signatureMatches, wechatSignature } from '@/server/channels/wechat/wechat-signature';

export interface PushClientOptions {
  /** The lean server's URL. */
  serverUrl: string;
  /** `/wechat/<key>` (Official Account) or `/wecom/<key>` (WeCom app). */
  path: 'wechat' | 'wecom';
  channelKey: string;
  token: string;
  /** Set: pushes are encrypted (safe mode; WeCom always) and answers decrypted. */
  encodingAesKey?: string;
  /** AppID or CorpID: what encrypted pushes and answers are bound to. */
  receiveId: string;
  /** WeCom: the app's AgentID, carried by pushes. */
  agentId?: string;
}

export type PushFields = Record<string, string>;

let nextCreateTime = 1763700000;

/**
 * Plays WeChat's side of a channel's callback: builds pushes (plain or encrypted and signed, as
 * WeChat sends them), POSTs them, and opens the answers (checks the reply signature, decrypts).
 */
export function createWeChatPushClient(options: PushClientOptions) {
  const { token } = options;
  const aesKey = options.encodingAesKey ? aesKeyOf(options.encodingAesKey) : null;
  const base = `${options.serverUrl}/${options.path}/${options.channelKey}`;

  const xmlOf = (fields: PushFields) =>
    `<xml>${Object.entries(fields)
      .map(([k, v]) => (/^\d+$/.test(v) ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`))
      .join('')}</xml>`;

  /** The URL and body WeChat would POST for `fields`. */
  function request(fields: PushFields): { url: string; body: string } {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = `n${Math.floor(Math.random() * 1e9)}`;
    const plain = xmlOf(fields);
    if (!aesKey) {
      const query = new URLSearchParams({
        timestamp,
        nonce,
        signature: wechatSignature([token, timestamp, nonce]),
      });
      return { url: `${base}?${query}`, body: plain };
    }
    const encrypt = encryptWeChatMessage({ aesKey, message: plain, receiveId: options.receiveId });
    const query = new URLSearchParams({
      timestamp,
      nonce,
      ...(options.path === 'wechat'
        ? { signature: wechatSignature([token, timestamp, nonce]), encrypt_type: 'aes' }
        : {}),
      msg_signature: wechatSignature([token, timestamp, nonce, encrypt]),
    });
    const agent = options.agentId ? `<AgentID><![CDATA[${options.agentId}]]></AgentID>` : '';
    return {
      url: `${base}?${query}`,
      body: `<xml><ToUserName><![CDATA[${options.receiveId}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt>${agent}</xml>`,
    };
  }

  /** The reply fields of an answer (decrypted and signature-checked when encrypted), or null for `success`. */
  function open(answer: string): PushFields | null {
    if (answer === 'success' || answer === '') return null;
    const wrapped = parseWeChatXml(answer);
    if (!aesKey) return wrapped;
    expect(wrapped.Encrypt, 'an encrypted channel answers encrypted').toBeTruthy();
    expect(
      signatureMatches(wrapped.MsgSignature, [token, wrapped.TimeStamp!, wrapped.Nonce!, wrapped.Encrypt!]),
    ).toBe(true);
    return parseWeChatXml(
      decryptWeChatMessage({ aesKey, encrypted: wrapped.Encrypt!, receiveId: options.receiveId }),
    );
  }

  /** POSTs a built request (again, for WeChat's retries of the same push). */
  async function send({ url, body }: { url: string; body: string }) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/xml' }, body });
    const text = await res.text();
    return { status: res.status, text, reply: res.status === 200 ? open(text) : null };
  }

  return {
    request,
    open,
    send,
    /** POSTs `fields` as a push; resolves to the HTTP status, raw answer and opened reply. */
    push: (fields: PushFields) => send(request(fields)),
    /** The fields of a text message from `from` (a fresh MsgId unless given). */
    text(from: string, content: string, msgId?: string): PushFields {
      const createTime = String(++nextCreateTime);
      return {
        ToUserName: options.path === 'wecom' ? options.receiveId : 'gh_account',
        FromUserName: from,
        CreateTime: createTime,
        MsgType: 'text',
        Content: content,
        MsgId: msgId ?? `8${createTime}${Math.floor(Math.random() * 1e6)}`,
        ...(options.agentId ? { AgentID: options.agentId } : {}),
      };
    },
    /** WeChat's plain-mode URL check (GET with echostr). */
    verifyUrl(echostr: string) {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const nonce = 'v3rify';
      const query = new URLSearchParams({
        timestamp,
        nonce,
        signature: wechatSignature([token, timestamp, nonce]),
        echostr,
      });
      return fetch(`${base}?${query}`);
    },
  };
}

export type WeChatPushClient = ReturnType<typeof createWeChatPushClient>;
