import { randomBytes } from 'node:crypto';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { aesKeyOf, decryptWeChatMessage, encryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { signatureMatches, wechatSignature } from '@/server/channels/wechat/wechat-signature';

/**
 * Plays WeChat's side of an Official Account callback in safe mode, as the WeChat servers would:
 * the URL check, encrypted pushes, and opening the encrypted passive reply.
 */
export function wechatPeer(options: {
  callbackUrl: string;
  token: string;
  encodingAesKey: string;
  appId: string;
}) {
  const aesKey = aesKeyOf(options.encodingAesKey);
  const signed = (extra: Record<string, string>, encrypt?: string) => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(6).toString('hex');
    const query = new URLSearchParams({
      timestamp,
      nonce,
      signature: wechatSignature([options.token, timestamp, nonce]),
      ...extra,
      ...(encrypt
        ? { encrypt_type: 'aes', msg_signature: wechatSignature([options.token, timestamp, nonce, encrypt]) }
        : {}),
    });
    return `${options.callbackUrl}?${query}`;
  };
  let msgId = BigInt(Date.now()) * 1000n;
  return {
    /** The URL check WeChat runs when the operator saves the server settings. */
    async verify(): Promise<{ status: number; body: string; echostr: string }> {
      const echostr = `echo${randomBytes(6).toString('hex')}`;
      const res = await fetch(signed({ echostr }));
      return { status: res.status, body: await res.text(), echostr };
    },
    /** A user's text message, encrypted; returns the passive reply's text (null for `success`). */
    async sendText(from: string, content: string): Promise<string | null> {
      msgId += 1n;
      const xml =
        `<xml><ToUserName><![CDATA[gh_teashop]]></ToUserName><FromUserName><![CDATA[${from}]]></FromUserName>` +
        `<CreateTime>${Math.floor(Date.now() / 1000)}</CreateTime><MsgType><![CDATA[text]]></MsgType>` +
        `<Content><![CDATA[${content}]]></Content><MsgId>${msgId}</MsgId></xml>`;
      const encrypt = encryptWeChatMessage({ aesKey, message: xml, receiveId: options.appId });
      const res = await fetch(signed({ openid: from }, encrypt), {
        method: 'POST',
        headers: { 'content-type': 'text/xml' },
        body: `<xml><ToUserName><![CDATA[gh_teashop]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`,
      });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`callback answered ${res.status}: ${body}`);
      if (body === 'success') return null;
      const envelope = parseWeChatXml(body);
      const ok = signatureMatches(envelope.MsgSignature ?? '', [
        options.token,
        envelope.TimeStamp ?? '',
        envelope.Nonce ?? '',
        envelope.Encrypt ?? '',
      ]);
      if (!ok) throw new Error('the reply is not signed with the Token');
      const reply = parseWeChatXml(
        decryptWeChatMessage({ aesKey, encrypted: envelope.Encrypt ?? '', receiveId: options.appId }),
      );
      if (reply.ToUserName !== from) throw new Error(`the reply is for ${reply.ToUserName}`);
      return reply.Content ?? null;
    },
  };
}
