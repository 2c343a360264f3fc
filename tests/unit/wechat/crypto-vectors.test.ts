import { describe, expect, it } from 'vitest';
import { aesKeyOf, decryptWeChatMessage, encryptWeChatMessage } from '@/server/channels/wechat/wechat-crypto';
import { encryptedReplyXml } from '@/server/channels/wechat/encrypted-reply';
import { WeChatProtocolError } from '@/server/channels/wechat/wechat-protocol-error';
import { signatureMatches, wechatSignature } from '@/server/channels/wechat/wechat-signature';

/**
 * Published vectors: the Official Account sample of Tencent's WXBizMsgCrypt demo (token "spamtest"),
 * and the WeCom sample of the official WeCom callback documentation and its demos (token "QDG6eK").
 */
const MP = {
  token: 'spamtest',
  encodingAesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  appId: 'wx2c2769f8efd9abc2',
  timestamp: '1409735669',
  nonce: '1320562132',
  msgSignature: '5d197aaffba7e9b25a30732f161a50dee96bd5fa',
  encrypt:
    'hyzAe4OzmOMbd6TvGdIOO6uBmdJoD0Fk53REIHvxYtJlE2B655HuD0m8KUePWB3+LrPXo87wzQ1QLvbeUgmBM4x6F8PGHQHFVAFmOD2LdJF9FrXpbUAh0B5GIItb52sn896wVsMSHGuPE328HnRGBcrS7C41IzDWyWNlZkyyXwon8T332jisa+h6tEDYsVticbSnyU8dKOIbgU6ux5VTjg3yt+WGzjlpKn6NPhRjpA912xMezR4kw6KWwMrCVKSVCZciVGCgavjIQ6X8tCOp3yZbGpy0VxpAe+77TszTfRd5RJSVO/HTnifJpXgCSUdUue1v6h0EIBYYI1BD1DlD+C0CR8e6OewpusjZ4uBl9FyJvnhvQl+q5rv1ixrcpCumEPo5MJSgM9ehVsNPfUM669WuMyVWQLCzpu9GhglF2PE=',
};

const WECOM = {
  token: 'QDG6eK',
  encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
  verify: {
    msgSignature: '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3',
    timestamp: '1409659589',
    nonce: '263014780',
    echostr: 'P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==',
  },
  message: {
    msgSignature: '477715d11cdb4164915debcba66cb864d751f3e6',
    timestamp: '1409659813',
    nonce: '1372623149',
    encrypt:
      'RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+BCA9nMELNqbSf6tiWSrXJB3LAVGUcallcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==',
  },
};

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(WeChatProtocolError);
    return (error as WeChatProtocolError).code;
  }
  throw new Error('expected a WeChatProtocolError');
};

describe('Official Account safe mode (WXBizMsgCrypt sample)', () => {
  it('verifies the msg_signature and decrypts the message for the AppID', () => {
    const parts = [MP.token, MP.timestamp, MP.nonce, MP.encrypt];
    expect(wechatSignature(parts)).toBe(MP.msgSignature);
    expect(signatureMatches(MP.msgSignature, parts)).toBe(true);
    const xml = decryptWeChatMessage({
      aesKey: aesKeyOf(MP.encodingAesKey),
      encrypted: MP.encrypt,
      receiveId: MP.appId,
    });
    expect(xml).toContain('<MsgType><![CDATA[text]]></MsgType>');
    expect(xml).toContain('<Content><![CDATA[abcdteT]]></Content>');
    expect(xml).toContain('<MsgId>6054768590064713728</MsgId>');
  });

  it('refuses another AppID (-40005), a tampered signature (false) and a tampered padding (-40007)', () => {
    const aesKey = aesKeyOf(MP.encodingAesKey);
    expect(
      codeOf(() => decryptWeChatMessage({ aesKey, encrypted: MP.encrypt, receiveId: 'wx0000000000000000' })),
    ).toBe(-40005);
    expect(
      signatureMatches(MP.msgSignature.replace(/^5/, '6'), [MP.token, MP.timestamp, MP.nonce, MP.encrypt]),
    ).toBe(false);
    expect(
      signatureMatches(MP.msgSignature.toUpperCase(), [MP.token, MP.timestamp, MP.nonce, MP.encrypt]),
    ).toBe(false);
    expect(signatureMatches(`${MP.msgSignature}0`, [MP.token, MP.timestamp, MP.nonce, MP.encrypt])).toBe(
      false,
    );
    expect(signatureMatches(undefined, [MP.token])).toBe(false);
    const bytes = Buffer.from(MP.encrypt, 'base64');
    // CBC: flipping a bit of the second-to-last block flips the same bit of the last plain block,
    // here the padding byte, so the padding no longer checks.
    bytes[bytes.length - 17]! ^= 0x01;
    expect(
      codeOf(() =>
        decryptWeChatMessage({ aesKey, encrypted: bytes.toString('base64'), receiveId: MP.appId }),
      ),
    ).toBe(-40007);
  });
});

describe('WeCom (official callback sample)', () => {
  const aesKey = aesKeyOf(WECOM.encodingAesKey);

  it('verifies the URL check and answers the decrypted echostr', () => {
    const { msgSignature, timestamp, nonce, echostr } = WECOM.verify;
    expect(signatureMatches(msgSignature, [WECOM.token, timestamp, nonce, echostr])).toBe(true);
    const plain = decryptWeChatMessage({ aesKey, encrypted: echostr, receiveId: WECOM.corpId });
    expect(plain).toMatch(/^\d+$/);
  });

  it('verifies and decrypts a pushed message for the CorpID', () => {
    const { msgSignature, timestamp, nonce, encrypt } = WECOM.message;
    expect(signatureMatches(msgSignature, [WECOM.token, timestamp, nonce, encrypt])).toBe(true);
    const xml = decryptWeChatMessage({ aesKey, encrypted: encrypt, receiveId: WECOM.corpId });
    expect(xml).toContain('<ToUserName><![CDATA[wx5823bf96d3bd56c7]]></ToUserName>');
    expect(xml).toContain('<AgentID>');
  });
});

describe('round trips and bad input', () => {
  const aesKey = aesKeyOf(MP.encodingAesKey);

  it('encrypts what decrypts, padding to 32-byte blocks (an aligned message gets a whole pad block)', () => {
    for (const message of [
      '',
      'a',
      '你好，世界 👋',
      'x'.repeat(1000),
      'y'.repeat(32 - 20 - MP.appId.length + 32),
    ]) {
      const encrypted = encryptWeChatMessage({ aesKey, message, receiveId: MP.appId });
      expect(Buffer.from(encrypted, 'base64').length % 32).toBe(0);
      expect(decryptWeChatMessage({ aesKey, encrypted, receiveId: MP.appId })).toBe(message);
    }
    const fixed = Buffer.alloc(16, 7);
    const a = encryptWeChatMessage({ aesKey, message: 'hi', receiveId: MP.appId, random: fixed });
    expect(encryptWeChatMessage({ aesKey, message: 'hi', receiveId: MP.appId, random: fixed })).toBe(a);
    expect(encryptWeChatMessage({ aesKey, message: 'hi', receiveId: MP.appId })).not.toBe(a);
  });

  it('refuses keys that are not 43 base64 characters (-40004)', () => {
    for (const key of [
      '',
      'short',
      `${MP.encodingAesKey}A`,
      `${MP.encodingAesKey.slice(0, 42)}=`,
      `${MP.encodingAesKey.slice(0, 42)}_`,
    ])
      expect(codeOf(() => aesKeyOf(key))).toBe(-40004);
  });

  it('refuses bad base64, partial blocks and bad padding (-40007) without throwing anything else', () => {
    for (const encrypted of ['', 'not base64!', 'AAAA', Buffer.alloc(17).toString('base64'), 'A'.repeat(43)])
      expect(codeOf(() => decryptWeChatMessage({ aesKey, encrypted, receiveId: MP.appId }))).toBe(-40007);
    // Whole blocks of garbage: decrypts to nonsense whose padding (or length field) is wrong.
    const garbage = Buffer.alloc(64, 0x41).toString('base64');
    expect(codeOf(() => decryptWeChatMessage({ aesKey, encrypted: garbage, receiveId: MP.appId }))).toBe(
      -40007,
    );
  });
});

describe('encrypted passive reply', () => {
  it('wraps the encrypted reply with a signature WeChat can verify, and decrypts back to the reply', () => {
    const aesKey = aesKeyOf(MP.encodingAesKey);
    const xml = '<xml><ToUserName><![CDATA[o1]]></ToUserName><Content><![CDATA[你好]]></Content></xml>';
    const wrapped = encryptedReplyXml({
      xml,
      token: MP.token,
      aesKey,
      receiveId: MP.appId,
      timestamp: '1409735670',
      nonce: 'n0nce',
    });
    const field = (name: string) =>
      new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([^<\\]]*)`).exec(wrapped)?.[1] ?? '';
    expect(wrapped).toMatch(
      /^<xml><Encrypt><!\[CDATA\[.+\]\]><\/Encrypt><MsgSignature><!\[CDATA\[[0-9a-f]{40}\]\]><\/MsgSignature><TimeStamp>1409735670<\/TimeStamp><Nonce><!\[CDATA\[n0nce\]\]><\/Nonce><\/xml>$/,
    );
    expect(signatureMatches(field('MsgSignature'), [MP.token, '1409735670', 'n0nce', field('Encrypt')])).toBe(
      true,
    );
    expect(decryptWeChatMessage({ aesKey, encrypted: field('Encrypt'), receiveId: MP.appId })).toBe(xml);
  });
});
