import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encrypts credentials at rest with AES-256-GCM. An envelope is `v1.<keyId>.<iv>.<tag>.<ciphertext>`
 * (base64url parts); the key id lets a rotated key set decrypt what older keys wrote.
 */
export class SecretBox {
  private readonly keys: Map<string, Buffer>;
  private readonly currentId: string;

  /** `keys[0]` encrypts; all of them decrypt. Each key is 32 bytes. */
  constructor(keys: Buffer[]) {
    if (keys.length === 0) throw new Error('SecretBox needs at least one key');
    this.keys = new Map();
    for (const key of keys) {
      if (key.length !== 32) throw new Error('Encryption keys must be 32 bytes');
      this.keys.set(SecretBox.keyId(key), key);
    }
    this.currentId = SecretBox.keyId(keys[0]!);
  }

  static keyId(key: Buffer): string {
    return createHash('sha256').update(key).digest('base64url').slice(0, 8);
  }

  /** Parses a key given as base64 (or base64url) of exactly 32 bytes. */
  static parseKey(text: string): Buffer {
    const key = Buffer.from(text.trim(), 'base64');
    if (key.length !== 32) {
      throw new Error(
        'REPLYFLOW_SECRET_KEY must be 32 random bytes in base64 (try: openssl rand -base64 32)',
      );
    }
    return key;
  }

  encrypt(plaintext: string): string {
    const key = this.keys.get(this.currentId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(this.currentId));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();
    return [
      'v1',
      this.currentId,
      iv.toString('base64url'),
      tag.toString('base64url'),
      body.toString('base64url'),
    ].join('.');
  }

  decrypt(envelope: string): string {
    const [version, keyId, iv, tag, body] = envelope.split('.');
    if (version !== 'v1' || !keyId || !iv || !tag || body === undefined) {
      throw new Error('Not a secret envelope');
    }
    const key = this.keys.get(keyId);
    if (!key) throw new Error('The key that encrypted this secret is not configured');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  encryptJson(value: Record<string, string>): string {
    return this.encrypt(JSON.stringify(value));
  }

  decryptJson(envelope: string): Record<string, string> {
    return JSON.parse(this.decrypt(envelope)) as Record<string, string>;
  }

  /** Derives an independent sub-key (e.g. the auth cookie secret) from the current master key. */
  deriveSecret(purpose: string): string {
    const key = this.keys.get(this.currentId)!;
    return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `replyflow/${purpose}`, 32)).toString(
      'base64url',
    );
  }
}
