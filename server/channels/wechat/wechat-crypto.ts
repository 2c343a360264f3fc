import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { WeChatProtocolError } from './wechat-protocol-error';

/** WeChat pads to 32-byte blocks (PKCS#7 with k = 32), not AES's 16: done by hand. */
const BLOCK = 32;

/**
 * The AES key of an EncodingAESKey: exactly 43 base64 characters, decoded with one "=" appended to 32
 * bytes. Anything else is -40004 (the official "illegal AES key").
 */
export function aesKeyOf(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey))
    throw new WeChatProtocolError(-40004, 'EncodingAESKey must be exactly 43 letters, digits, "+" or "/".');
  const key = Buffer.from(`${encodingAesKey}=`, 'base64');
  if (key.length !== 32) throw new WeChatProtocolError(-40004, 'EncodingAESKey does not decode to 32 bytes.');
  return key;
}

/**
 * Encrypts a message for WeChat (PROTOCOL.md §2): `random(16) ‖ uint32be(len) ‖ msg ‖ receiveId`,
 * padded to 32 bytes, AES-256-CBC with IV = key[0..16), base64. `random` is for tests (fixed vectors).
 */
export function encryptWeChatMessage(options: {
  aesKey: Buffer;
  message: string;
  receiveId: string;
  random?: Buffer;
}): string {
  const message = Buffer.from(options.message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(message.length, 0);
  const random = options.random ?? randomBytes(16);
  if (random.length !== 16) throw new WeChatProtocolError(-40006, 'The random prefix must be 16 bytes.');
  const plain = Buffer.concat([random, length, message, Buffer.from(options.receiveId, 'utf8')]);
  const pad = BLOCK - (plain.length % BLOCK);
  const padded = Buffer.concat([plain, Buffer.alloc(pad, pad)]);
  const cipher = createCipheriv('aes-256-cbc', options.aesKey, options.aesKey.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]).toString('base64');
}

/**
 * Decrypts an `Encrypt` value and checks its receive id (the AppID, CorpID or suite id the channel is
 * configured with): bad base64, a length that is not whole AES blocks, bad padding or a bad length
 * field are -40007; another receive id is -40005. Returns the message.
 */
export function decryptWeChatMessage(options: {
  aesKey: Buffer;
  encrypted: string;
  receiveId: string;
}): string {
  const { aesKey } = options;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(options.encrypted) || options.encrypted.length % 4 !== 0)
    throw new WeChatProtocolError(-40007, 'The encrypted message is not valid base64.');
  const data = Buffer.from(options.encrypted, 'base64');
  if (data.length === 0 || data.length % 16 !== 0)
    throw new WeChatProtocolError(-40007, 'The encrypted message is not a whole number of AES blocks.');
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-cbc', aesKey, aesKey.subarray(0, 16));
    decipher.setAutoPadding(false);
    plain = Buffer.concat([decipher.update(data), decipher.final()]);
  } catch {
    throw new WeChatProtocolError(-40007, 'The message could not be decrypted.');
  }
  const pad = plain[plain.length - 1]!;
  if (
    pad < 1 ||
    pad > BLOCK ||
    pad > plain.length ||
    !plain.subarray(plain.length - pad).every((b) => b === pad)
  )
    throw new WeChatProtocolError(-40007, 'The decrypted message has invalid padding.');
  const content = plain.subarray(16, plain.length - pad);
  if (content.length < 4) throw new WeChatProtocolError(-40007, 'The decrypted message is too short.');
  const length = content.readUInt32BE(0);
  if (length > content.length - 4)
    throw new WeChatProtocolError(-40007, 'The decrypted message length field is out of range.');
  const message = content.subarray(4, 4 + length).toString('utf8');
  const receiveId = content.subarray(4 + length).toString('utf8');
  if (receiveId !== options.receiveId)
    throw new WeChatProtocolError(
      -40005,
      `The message is for "${receiveId}", not this channel's AppID / CorpID.`,
    );
  return message;
}
