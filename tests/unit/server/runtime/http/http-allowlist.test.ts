import { describe, expect, it } from 'vitest';
import {
  allowlistOfSettings,
  allowlistPermits,
  httpAllowlistSchema,
} from '@/server/runtime/http/http-allowlist';

describe('httpAllowlistSchema', () => {
  it('accepts hostnames, wildcards, addresses and CIDR ranges, trimmed', () => {
    const entries = [
      'api.internal.example',
      'Intranet',
      'svc_a.local.',
      '*.corp.example',
      '10.1.2.3',
      'fd00::1',
      '10.0.0.0/8',
      '192.168.0.0/16',
      'fd00::/8',
      '::ffff:10.0.0.0/104',
      '  padded.example  ',
    ];
    const result = httpAllowlistSchema.safeParse(entries);
    expect(result.success).toBe(true);
    expect(result.data?.at(-1)).toBe('padded.example');
  });

  it.each([
    ['https://api.example'],
    ['api.example:8080'],
    ['api.example/path'],
    ['two words'],
    ['*'],
    ['*.'],
    ['a.*.example'],
    ['-bad.example'],
    ['10.0.0.256'],
    ['10.0.0.0/33'],
    ['10.0.0.0/-1'],
    ['10.0.0.0/'],
    ['10.0.0/8'],
    ['fd00::/129'],
    ['fe80::1%eth0'],
    [''],
    [`${'a'.repeat(64)}.example`],
  ])('refuses %j with a message naming the entry', (entry) => {
    const result = httpAllowlistSchema.safeParse(['ok.example', entry]);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual([1]);
    expect(issue?.message).toBe(
      `"${entry}" is not a hostname, *.domain wildcard, IP address or CIDR range (such as 10.0.0.0/8)`,
    );
  });

  it('holds at most 100 entries', () => {
    const hosts = (count: number) => Array.from({ length: count }, (_, i) => `h${i}.example`);
    expect(httpAllowlistSchema.safeParse(hosts(100)).success).toBe(true);
    const result = httpAllowlistSchema.safeParse(hosts(101));
    expect(result.error?.issues[0]?.message).toBe('The allowlist can hold at most 100 entries');
  });
});

describe('allowlistPermits', () => {
  const permits = (allowlist: string[], hostname: string, address: string) =>
    allowlistPermits({ allowlist, hostname, address });

  it('matches a hostname exactly, ignoring case and a trailing dot', () => {
    expect(permits(['api.internal.example'], 'api.internal.example', '10.0.0.1')).toBe(true);
    expect(permits(['API.Internal.Example'], 'api.internal.example.', '10.0.0.1')).toBe(true);
    expect(permits(['api.internal.example'], 'API.INTERNAL.EXAMPLE', '10.0.0.1')).toBe(true);
    expect(permits(['api.internal.example'], 'x.api.internal.example', '10.0.0.1')).toBe(false);
    expect(permits(['api.internal.example'], 'internal.example', '10.0.0.1')).toBe(false);
    expect(permits(['api.internal.example'], 'api.internal.example.evil', '10.0.0.1')).toBe(false);
  });

  it('matches any subdomain for a wildcard, but not the bare domain or look-alikes', () => {
    expect(permits(['*.corp.example'], 'a.corp.example', '10.0.0.1')).toBe(true);
    expect(permits(['*.corp.example'], 'a.b.corp.example', '10.0.0.1')).toBe(true);
    expect(permits(['*.corp.example'], 'corp.example', '10.0.0.1')).toBe(false);
    expect(permits(['*.corp.example'], 'evilcorp.example', '10.0.0.1')).toBe(false);
    expect(permits(['*.corp.example'], 'a.corp.example.evil', '10.0.0.1')).toBe(false);
  });

  it('matches an IP entry against the address, not the hostname', () => {
    expect(permits(['10.1.2.3'], 'db.example', '10.1.2.3')).toBe(true);
    expect(permits(['10.1.2.3'], 'db.example', '10.1.2.4')).toBe(false);
    expect(permits(['10.1.2.3'], '10.1.2.3', '10.1.2.4')).toBe(false);
    expect(permits(['10.1.2.3'], 'db.example', '::ffff:10.1.2.3')).toBe(true);
    expect(permits(['fd00::1'], 'db.example', 'fd00:0:0::1')).toBe(true);
    expect(permits(['fd00::1'], 'db.example', 'fd00::2')).toBe(false);
  });

  it('matches IPv4 and IPv6 CIDR ranges', () => {
    expect(permits(['10.0.0.0/8'], 'x', '10.255.0.1')).toBe(true);
    expect(permits(['10.0.0.0/8'], 'x', '11.0.0.1')).toBe(false);
    expect(permits(['172.16.0.0/12'], 'x', '172.31.255.255')).toBe(true);
    expect(permits(['172.16.0.0/12'], 'x', '172.32.0.0')).toBe(false);
    expect(permits(['fd00::/8'], 'x', 'fd12:3456::1')).toBe(true);
    expect(permits(['fd00::/8'], 'x', 'fc00::1')).toBe(false);
    expect(permits(['fd00::/8'], 'x', '10.0.0.1')).toBe(false);
    expect(permits(['10.0.0.0/8'], 'x', 'fd00::1')).toBe(false);
  });

  it('permits nothing with an empty list, and ignores invalid entries', () => {
    expect(permits([], 'localhost', '127.0.0.1')).toBe(false);
    expect(permits(['not valid!', '127.0.0.0/33'], 'localhost', '127.0.0.1')).toBe(false);
    expect(permits(['not valid!', 'localhost'], 'localhost', '127.0.0.1')).toBe(true);
  });
});

describe('allowlistOfSettings', () => {
  it('reads the list from account settings, and treats a missing or invalid one as empty', () => {
    expect(allowlistOfSettings({ httpAllowlist: [' 10.0.0.0/8 ', 'erp.internal'] })).toEqual([
      '10.0.0.0/8',
      'erp.internal',
    ]);
    expect(allowlistOfSettings({})).toEqual([]);
    expect(allowlistOfSettings(null)).toEqual([]);
    expect(allowlistOfSettings({ httpAllowlist: ['10.0.0.0/8', 'http://x/'] })).toEqual([]);
    expect(allowlistOfSettings({ httpAllowlist: 'not a list' })).toEqual([]);
  });
});
