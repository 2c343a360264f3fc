import { describe, expect, it } from 'vitest';
import { setupCliEnv } from './helpers/cli-env';
import { testDbKind } from './helpers/test-services';

const { cli, cliWith } = setupCliEnv({ tempPrefix: 'replyflow-cli-' });

describe('replyflow CLI', () => {
  it('migrates the database', async () => {
    const result = await cli('migrate');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Database is up to date (${testDbKind()})`);
  });

  it('seeds the demo workspace once (idempotent)', async () => {
    const first = await cli('seed-demo');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Seeded the demo workspace. Sign in as demo@example.com / replyflow-demo');
    const second = await cli('seed-demo');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Demo workspace already present');
  });

  it('creates a user with a workspace, and refuses a duplicate with a clear error', async () => {
    const args = [
      'user',
      'create',
      '--email',
      'ops@example.com',
      '--password',
      'long-enough-1',
      '--workspace',
      'Ops',
    ];
    const created = await cli(...args);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Created user ops@example.com \(.+\) with workspace [0-9a-f-]{36}/);
    const again = await cli(...args);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/Error: .*(exists|already)/i);
  });

  it('validates flow files: clean example, broken flow, unreadable file', async () => {
    const ok = await cli('validate', 'tests/fixtures/flows/ecommerce-faq.flow.json');
    expect(ok.code).toBe(0);
    const broken = await cli('validate', '--json', 'tests/fixtures/flows/broken.flow.json');
    expect(broken.code).toBe(1);
    const report = JSON.parse(broken.stdout) as { ok: boolean; diagnostics: { severity: string }[] };
    expect(report.ok).toBe(false);
    expect(report.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const missing = await cli('validate', 'no/such/file.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no/such/file.json');
  });

  it('prints help and exits non-zero on usage errors', async () => {
    const none = await cli();
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: replyflow');
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    const badPort = await cli('serve', '--port', 'abc');
    expect(badPort.code).toBe(1);
    expect(badPort.stderr).toContain('must be a whole number from 0 to 65535');
    const missing = await cli('user', 'create', '--email', 'x@example.com');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("required option '--password <password>' not specified");
  });

  it('refuses a bad environment with the variable named', async () => {
    const result = await cliWith({ DATABASE_URL: 'mysql://nope' })('migrate');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('DATABASE_URL must start with postgres://');
  });
});
