import { aesKeyOf, decryptWeChatMessage } from './wechat-crypto';
import { parseWeChatXml } from './parse-wechat-xml';
import { WeChatProtocolError } from './wechat-protocol-error';
import { signatureMatches } from './wechat-signature';
import type { CallbackEndpoint } from './wechat-channel-settings';

export type WeChatPush =
  /** The URL check: answer `echostr` (WeCom: its decrypted text) exactly. */
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

/** Decrypts for the endpoint's receive id; a protocol error becomes a refusal. */
function open(endpoint: CallbackEndpoint, encrypted: string): string | WeChatPush {
  try {
    return decryptWeChatMessage({
      aesKey: aesKeyOf(endpoint.encodingAesKey ?? ''),
      encrypted,
      receiveId: endpoint.receiveId,
    });
  } catch (error) {
    if (!(error instanceof WeChatProtocolError)) throw error;
    return refused(error.code === -40005 ? 403 : 400, error.code, error.message);
  }
}

/**
 * Checks and opens one callback request (PROTOCOL.md §1-3), without IO.
 * - Official Account: GET is the URL check (plain `signature`); POST is encrypted when the query says
 *   `encrypt_type=aes` (`msg_signature`, decrypted for the AppID), plaintext otherwise (`signature`;
 *   refused on a channel configured for safe mode, and encryption refused on a plain one).
 * - WeCom: everything is encrypted for the CorpID and signed with `msg_signature`, the URL check's
 *   echostr included (answered decrypted).
 * Every failure is a refusal with the official error code; nothing is decrypted before its signature
 * matched (so decryption errors are no oracle).
 */
export function readWeChatPush(options: {
  method: string;
  query: URLSearchParams;
  body: string;
  endpoint: CallbackEndpoint;
}): WeChatPush {
  const { method, query, endpoint } = options;
  const { token } = endpoint;
  const timestamp = query.get('timestamp') ?? '';
  const nonce = query.get('nonce') ?? '';
  if (method === 'GET') {
    const echostr = query.get('echostr');
    if (echostr === null) return refused(400, -40001, 'echostr missing');
    if (!endpoint.wecom) {
      if (!signatureMatches(query.get('signature'), [token, timestamp, nonce]))
        return refused(401, -40001, 'signature mismatch');
      return { kind: 'verify', echostr };
    }
    if (!signatureMatches(query.get('msg_signature'), [token, timestamp, nonce, echostr]))
      return refused(401, -40001, 'msg_signature mismatch');
    const plain = open(endpoint, echostr);
    return typeof plain === 'string' ? { kind: 'verify', echostr: plain } : plain;
  }
  if (method !== 'POST') return refused(405, 0, 'method not allowed');
  let outer: Record<string, string>;
  try {
    outer = parseWeChatXml(options.body);
  } catch (error) {
    return refused(400, -40002, (error as Error).message);
  }
  const encryptType = query.get('encrypt_type');
  if (endpoint.wecom || encryptType === 'aes') {
    if (endpoint.mode === 'plain' || !endpoint.encodingAesKey)
      return refused(400, -40004, 'this channel is not configured for encrypted messages');
    const encrypt = outer.Encrypt;
    if (!encrypt) return refused(400, -40002, 'Encrypt missing');
    if (!signatureMatches(query.get('msg_signature'), [token, timestamp, nonce, encrypt]))
      return refused(401, -40001, 'msg_signature mismatch');
    const xml = open(endpoint, encrypt);
    if (typeof xml !== 'string') return xml;
    try {
      return { kind: 'push', fields: parseWeChatXml(xml), encrypted: true };
    } catch (error) {
      return refused(400, -40002, (error as Error).message);
    }
  }
  if (encryptType !== null && encryptType !== 'raw')
    return refused(400, -40002, `unknown encrypt_type ${encryptType}`);
  if (endpoint.mode === 'safe') return refused(400, -40001, 'this channel accepts encrypted messages only');
  if (!signatureMatches(query.get('signature'), [token, timestamp, nonce]))
    return refused(401, -40001, 'signature mismatch');
  return { kind: 'push', fields: outer, encrypted: false };
}
