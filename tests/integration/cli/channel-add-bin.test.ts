import { describe, expect, it } from 'vitest';
import { setupCliEnv } from '../helpers/cli-env';

const { cli, cliStdin } = setupCliEnv({
  tempPrefix: 'replyflow-cli-channel-',
  env: { REPLYFLOW_PUBLIC_URL: 'https://replyflow.example.com' },
});

describe('replyflow channel add (through bin/replyflow.mjs)', () => {
  it('adds an Official Account to the demo workspace, with URLs on REPLYFLOW_PUBLIC_URL', async () => {
    expect((await cli('seed-demo')).code).toBe(0);
    const result = await cli(
      'channel',
      'add',
      '--workspace',
      'ReplyFlow Demo',
      '--account',
      '示例商城公众号',
      '--type',
      'wechat_mp',
      '--name',
      'Official Account',
      '--app-id',
      'wx2c2769f8efd9abc2',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /URL \(服务器地址\): +https:\/\/replyflow\.example\.com\/wechat\/[\w-]{22}$/m,
    );
    expect(result.stdout).toMatch(/Token \(令牌\): +[A-Za-z0-9]{32}$/m);
    expect(result.stdout).toContain('safe (安全模式)');
    expect(result.stdout).toContain('No AppSecret: only the passive reply to each message can be sent.');
  });

  it('exits 2 on a bad token, naming the option', async () => {
    const result = await cli(
      ...['channel', 'add', '--workspace', 'ReplyFlow Demo', '--account', '示例商城公众号'],
      ...['--type', 'wechat_mp', '--name', 'Bad', '--app-id', 'wx2c2769f8efd9abc2', '--token', 'a!'],
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--token: The token is 3 to 32 letters or digits.');
    expect(result.stdout).toBe('');
  });

  it('reads --app-secret - from standard input', async () => {
    const result = await cliStdin(
      'stdin-app-secret-0123456789abcdef\n',
      ...['channel', 'add', '--workspace', 'ReplyFlow Demo', '--account', '示例商城公众号', '--json'],
      ...['--type', 'wechat_mp', '--name', 'Piped', '--app-id', 'wx2c2769f8efd9abc2', '--app-secret', '-'],
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('stdin-app-secret');
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, appSecret: { stored: true, hint: 'cdef' } });
    const list = await cli('channel', 'add', '--help');
    expect(list.stdout).toContain('- reads it from standard input');
  });
});
