import { aesKeyOf, decryptWeChatMessage } from './wechat-crypto';
import { parseWeChatXml } from './parse-wechat-xml';
import { WeChatProtocolError } from './wechat-protocol-error';
import { signatureMatches } from './wechat-signature';
import type { WeChatChannelConfig, WeChatChannelSecrets } from './wechat-channel-settings';

export type WeChatPush =
  /** The URL check: answer `echostr` exactly as received. */
  | { kind: 'verify'; echostr: string }
  /** A push: its fields, and whether it came encrypted (then the reply is encrypted too). */
  | { kind: 'push'; fields: Record<string, string>; encrypted: boolean }
  /** Refused before anything happened: the status to answer, and the official code for the log. */
  | { kind: 'refused'; status: number; code: number; reason: string };

const refused = (status: number, code: number, reason: string): WeChatPush => ({
  kind: 'refused',
  status,
  code,
  reason,
});

/**
 * Checks and opens one callback request of an Official Account channel (PROTOCOL.md §1-3), without
 * IO: GET is the URL check (plain signature); POST is a push, encrypted when the query says
 * `encrypt_type=aes` (checked by `msg_signature`, decrypted for the channel's AppID), plaintext
 * otherwise (checked by `signature`; refused on a channel configured for safe mode). Every failure
 * is a refusal with the official error code; nothing is decrypted before its signature matched.
 */
export function readWeChatPush(options: {
  method: string;
  query: URLSearchParams;
  body: string;
  config: WeChatChannelConfig;
  secrets: WeChatChannelSecrets;
}): WeChatPush {
  const { method, query, config, secrets } = options;
  const timestamp = query.get('timestamp') ?? '';
  const nonce = query.get('nonce') ?? '';
  if (method === 'GET') {
    const echostr = query.get('echostr');
    if (echostr === null) return refused(400, -40001, 'echostr missing');
    if (!signatureMatches(query.get('signature'), [secrets.token, timestamp, nonce]))
      return refused(401, -40001, 'signature mismatch');
    return { kind: 'verify', echostr };
  }
  if (method !== 'POST') return refused(405, 0, 'method not allowed');
  let outer: Record<string, string>;
  try {
    outer = parseWeChatXml(options.body);
  } catch (error) {
    return refused(400, -40002, (error as Error).message);
  }
  const encryptType = query.get('encrypt_type');
  if (encryptType === 'aes') {
    if (config.mode === 'plain' || !secrets.encodingAesKey)
      return refused(400, -40004, 'this channel is not configured for encrypted messages');
    const encrypt = outer.Encrypt;
    if (!encrypt) return refused(400, -40002, 'Encrypt missing');
    if (!signatureMatches(query.get('msg_signature'), [secrets.token, timestamp, nonce, encrypt]))
      return refused(401, -40001, 'msg_signature mismatch');
    try {
      const xml = decryptWeChatMessage({
        aesKey: aesKeyOf(secrets.encodingAesKey),
        encrypted: encrypt,
        receiveId: config.appId,
      });
      return { kind: 'push', fields: parseWeChatXml(xml), encrypted: true };
    } catch (error) {
      if (!(error instanceof WeChatProtocolError)) throw error;
      return refused(error.code === -40005 ? 403 : 400, error.code, error.message);
    }
  }
  if (encryptType !== null && encryptType !== 'raw')
    return refused(400, -40002, `unknown encrypt_type ${encryptType}`);
  if (config.mode === 'safe') return refused(400, -40001, 'this channel accepts encrypted messages only');
  if (!signatureMatches(query.get('signature'), [secrets.token, timestamp, nonce]))
    return refused(401, -40001, 'signature mismatch');
  return { kind: 'push', fields: outer, encrypted: false };
}
