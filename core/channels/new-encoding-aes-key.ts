const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh EncodingAESKey like the WeChat backend's "随机生成": 43 letters or digits drawn uniformly
 * from the platform's CSPRNG (Web Crypto, in browsers and Node alike), by rejection sampling.
 */
export function newEncodingAesKey(): string {
  let key = '';
  while (key.length < 43) {
    for (const byte of globalThis.crypto.getRandomValues(new Uint8Array(64))) {
      // 248 = 4 × 62: bytes above it would favour the first letters.
      if (byte < 248 && key.length < 43) key += ALPHABET[byte % 62];
    }
  }
  return key;
}
