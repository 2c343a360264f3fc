import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';

/**
 * The master key: from REPLYFLOW_SECRET_KEY when set, otherwise generated once and kept (mode 0600)
 * in `<dataDir>/secret.key`, so the embedded default works with no configuration.
 */
export async function loadMasterKey(options: {
  secretKey: string | undefined;
  dataDir: string;
}): Promise<{ key: Buffer; source: 'env' | 'file' | 'generated' }> {
  if (options.secretKey) return { key: SecretBox.parseKey(options.secretKey), source: 'env' };
  const file = path.join(options.dataDir, 'secret.key');
  try {
    return { key: SecretBox.parseKey(await readFile(file, 'utf8')), source: 'file' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails if another process created the file meanwhile; then read theirs.
  try {
    await writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return { key, source: 'generated' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return { key: SecretBox.parseKey(await readFile(file, 'utf8')), source: 'file' };
  }
}
