import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMasterKey } from '@/server/security/master-key';
import { SecretBox } from '@/server/security/secret-box';

describe('SecretBox', () => {
  const key = randomBytes(32);

  it('round-trips text, and never shows the plaintext in the envelope', () => {
    const box = new SecretBox([key]);
    const envelope = box.encrypt('EncodingAESKey=abc 令牌');
    expect(envelope).toMatch(/^v1\.[\w-]{8}\./);
    expect(envelope).not.toContain('abc');
    expect(box.decrypt(envelope)).toBe('EncodingAESKey=abc 令牌');
    expect(box.encrypt('same')).not.toBe(box.encrypt('same'));
  });

  it('round-trips JSON secrets', () => {
    const box = new SecretBox([randomBytes(32)]);
    const envelope = box.encryptJson({ signingSecret: 'whsec_abc' });
    expect(envelope).not.toContain('whsec_abc');
    expect(box.decryptJson(envelope)).toEqual({ signingSecret: 'whsec_abc' });
  });

  it('detects tampering', () => {
    const box = new SecretBox([key]);
    const parts = box.encrypt('secret').split('.');
    const body = Buffer.from(parts[4]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[4] = body.toString('base64url');
    expect(() => box.decrypt(parts.join('.'))).toThrow();
    expect(() => box.decrypt('not an envelope')).toThrow('Not a secret envelope');
  });

  it('decrypts with an older key after rotation, and refuses an unknown key', () => {
    const old = new SecretBox([key]);
    const envelope = old.encrypt('rotate me');
    const rotated = new SecretBox([randomBytes(32), key]);
    expect(rotated.decrypt(envelope)).toBe('rotate me');
    expect(() => new SecretBox([randomBytes(32)]).decrypt(envelope)).toThrow('not configured');
  });

  it('derives stable, purpose-bound sub-keys', () => {
    const box = new SecretBox([key]);
    expect(box.deriveSecret('auth-cookie')).toBe(new SecretBox([key]).deriveSecret('auth-cookie'));
    expect(box.deriveSecret('auth-cookie')).not.toBe(box.deriveSecret('other'));
  });

  it('refuses keys of the wrong size with a helpful message', () => {
    expect(() => SecretBox.parseKey('c2hvcnQ=')).toThrow('32 random bytes in base64');
    expect(() => new SecretBox([randomBytes(16)])).toThrow('32 bytes');
  });
});

describe('loadMasterKey', () => {
  it('generates a key once, keeps it private on disk, and reuses it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rf-key-'));
    try {
      const dataDir = path.join(dir, 'nested', 'data');
      const first = await loadMasterKey({ secretKey: undefined, dataDir });
      expect(first.source).toBe('generated');
      expect((await stat(path.join(dataDir, 'secret.key'))).mode & 0o777).toBe(0o600);
      const second = await loadMasterKey({ secretKey: undefined, dataDir });
      expect(second.source).toBe('file');
      expect(second.key.equals(first.key)).toBe(true);
      expect((await readFile(path.join(dataDir, 'secret.key'), 'utf8')).trim()).toBe(
        first.key.toString('base64'),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prefers the environment', async () => {
    const key = randomBytes(32);
    const loaded = await loadMasterKey({ secretKey: key.toString('base64'), dataDir: '/nonexistent' });
    expect(loaded).toEqual({ key, source: 'env' });
  });
});
