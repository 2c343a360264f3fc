import { encryptedReplyXml } from '@/server/channels/wechat/encrypted-reply';
import { parseWeChatXml } from '@/server/channels/wechat/parse-wechat-xml';
import { planPassiveReplies } from '@/server/channels/wechat/plan-passive-replies';
import { aesKeyOf, decryptWeChatMessage, encryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { signatureMatches, wechatSignature } from '@/server/channels/wechat/wechat-signature';

export interface WeChatCodecBenchResult {
  messagesPerSecond: number;
  microsecondsPerMessage: number;
}

/**
 * The safe-mode protocol work of one message in process, without the runtime: verify msg_signature,
 * decrypt, parse the push, plan and build the passive reply, encrypt and sign it (PROTOCOL.md §2-4).
 */
export function runWeChatCodecBench(): WeChatCodecBenchResult {
  const token = 'bench-token';
  const appId = 'wx0123456789abcdef';
  const aesKey = aesKeyOf('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG');
  const push =
    '<xml><ToUserName><![CDATA[gh_bench]]></ToUserName><FromUserName><![CDATA[oBenchUser]]></FromUserName>' +
    '<CreateTime>1763700000</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[运费多少？]]></Content>' +
    '<MsgId>24000000000000001</MsgId></xml>';
  const encrypt = encryptWeChatMessage({ aesKey, message: push, receiveId: appId });
  const [timestamp, nonce] = ['1763700000', '4242'];
  const signature = wechatSignature([token, timestamp, nonce, encrypt]);
  const reply = { kind: 'text' as const, text: '满 99 元包邮，不满收 8 元运费。' };
  let checksum = 0;
  const once = () => {
    if (!signatureMatches(signature, [token, timestamp, nonce, encrypt])) throw new Error('signature');
    const fields = parseWeChatXml(decryptWeChatMessage({ aesKey, encrypted: encrypt, receiveId: appId }));
    const plan = planPassiveReplies({
      messages: [reply],
      toUser: fields.FromUserName!,
      fromUser: fields.ToUserName!,
      createTime: Number(fields.CreateTime),
      inboundMsgType: fields.MsgType!,
    });
    checksum += encryptedReplyXml({
      xml: plan.passive!,
      token,
      aesKey,
      receiveId: appId,
      timestamp,
      nonce,
    }).length;
  };
  for (let i = 0; i < 500; i += 1) once();
  let n = 0;
  const started = performance.now();
  while (performance.now() - started < 2_000) {
    once();
    n += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  if (checksum === 0) throw new Error('nothing was built');
  return { messagesPerSecond: n / seconds, microsecondsPerMessage: (seconds * 1e6) / n };
}
