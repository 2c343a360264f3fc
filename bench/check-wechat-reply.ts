import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { decryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { signatureMatches } from '@/server/channels/wechat/wechat-signature';

export type ReplyOutcome = { ok: true } | { ok: false; kind: 'status' | 'mismatch'; detail: string };

/**
 * Checks one answer of the safe-mode endpoint as WeChat would read it: status 200, an encrypted
 * reply whose MsgSignature verifies with the token, which decrypts for the AppID to a text passive
 * reply from the account to `openId` whose Content is exactly `expected`. Never throws.
 */
export function checkWeChatReply(options: {
  status: number;
  raw: string;
  token: string;
  aesKey: Buffer;
  appId: string;
  accountUserName: string;
  openId: string;
  expected: string;
}): ReplyOutcome {
  const { status, raw } = options;
  if (status !== 200) return { ok: false, kind: 'status', detail: `${status} ${raw.slice(0, 200)}` };
  const mismatch = (detail: string): ReplyOutcome => ({ ok: false, kind: 'mismatch', detail });
  if (raw === 'success' || raw === '') return mismatch(`answered ${JSON.stringify(raw)}: no passive reply`);
  let reply: Record<string, string>;
  try {
    const outer = parseWeChatXml(raw);
    const { Encrypt: encrypt, MsgSignature: signature, TimeStamp: timestamp, Nonce: nonce } = outer;
    if (!encrypt || !timestamp || !nonce) return mismatch(`not an encrypted reply: ${raw.slice(0, 200)}`);
    if (!signatureMatches(signature, [options.token, timestamp, nonce, encrypt]))
      return mismatch('MsgSignature does not verify');
    reply = parseWeChatXml(
      decryptWeChatMessage({ aesKey: options.aesKey, encrypted: encrypt, receiveId: options.appId }),
    );
  } catch (error) {
    return mismatch(`unreadable reply (${error instanceof Error ? error.message : String(error)})`);
  }
  if (
    reply.MsgType !== 'text' ||
    reply.Content !== options.expected ||
    reply.ToUserName !== options.openId ||
    reply.FromUserName !== options.accountUserName
  )
    return mismatch(
      `expected text ${JSON.stringify(options.expected)} to ${options.openId}, got ${JSON.stringify(reply).slice(0, 300)}`,
    );
  return { ok: true };
}
