import { encryptWeChatMessage } from './wechat-crypto';
import { wechatSignature } from './wechat-signature';

/**
 * A passive reply in safe mode (PROTOCOL.md §2): the reply XML encrypted for the AppID / CorpID,
 * signed with the token, timestamp and nonce, wrapped as WeChat expects (TimeStamp bare, the others
 * in CDATA: base64, hex and the nonce never contain "]]>"). `random` is for tests.
 */
export function encryptedReplyXml(options: {
  xml: string;
  token: string;
  aesKey: Buffer;
  receiveId: string;
  timestamp: string;
  nonce: string;
  random?: Buffer;
}): string {
  const { token, timestamp, nonce } = options;
  if (!/^\d+$/.test(timestamp) || nonce.includes(']]>')) throw new Error('invalid timestamp or nonce');
  const encrypt = encryptWeChatMessage({
    aesKey: options.aesKey,
    message: options.xml,
    receiveId: options.receiveId,
    ...(options.random ? { random: options.random } : {}),
  });
  const signature = wechatSignature([token, timestamp, nonce, encrypt]);
  return (
    `<xml><Encrypt><![CDATA[${encrypt}]]></Encrypt>` +
    `<MsgSignature><![CDATA[${signature}]]></MsgSignature>` +
    `<TimeStamp>${timestamp}</TimeStamp>` +
    `<Nonce><![CDATA[${nonce}]]></Nonce></xml>`
  );
}
