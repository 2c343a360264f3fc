/**
 * The official WeChat / WeCom message-crypto error codes (PROTOCOL.md §2), kept in logs so a failure
 * reads like WeChat's own library: -40001 signature, -40002 XML parse, -40003 SHA, -40004 bad AES
 * key, -40005 AppID / CorpID mismatch, -40006 encrypt, -40007 decrypt, -40008 buffer.
 */
export type WeChatErrorCode = -40001 | -40002 | -40003 | -40004 | -40005 | -40006 | -40007 | -40008;

export class WeChatProtocolError extends Error {
  constructor(
    readonly code: WeChatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'WeChatProtocolError';
  }
}
