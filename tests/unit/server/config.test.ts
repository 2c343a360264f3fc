import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@/server/config';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./.data', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve(process.cwd(), '.data'));
    expect(config.authRateLimit).toBe(true);
    expect(config.maxBodyBytes).toBe(256 * 1024);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('reads the server URL and options', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db:5432/app',
      REPLYFLOW_DATA_DIR: '/var/lib/replyflow',
      REPLYFLOW_AUTH_RATE_LIMIT: 'off',
      REPLYFLOW_MAX_BODY_BYTES: '1024',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgres://u@db:5432/app',
      dataDir: '/var/lib/replyflow',
      authRateLimit: false,
      maxBodyBytes: 1024,
    });
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', REPLYFLOW_PUBLIC_URL: 'not a url' })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', REPLYFLOW_PUBLIC_URL: 'not a url' });
    } catch (error) {
      expect((error as Error).message).toContain('DATABASE_URL');
      expect((error as Error).message).toContain('REPLYFLOW_PUBLIC_URL');
    }
  });
});
