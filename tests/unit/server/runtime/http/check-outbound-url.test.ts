import { describe, expect, it } from 'vitest';
import { checkOutboundUrl, type OutboundLookup } from '@/server/runtime/http/check-outbound-url';

/** A fake resolver: a fixed table, recording every hostname asked for. */
function fakeLookup(table: Record<string, string[]>): OutboundLookup & { asked: string[] } {
  const asked: string[] = [];
  const lookup = async (hostname: string) => {
    asked.push(hostname);
    const addresses = table[hostname];
    if (addresses === undefined) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(lookup, { asked });
}

const dns = fakeLookup({
  localhost: ['127.0.0.1', '::1'],
  'api.example': ['93.184.216.34', '2606:2800:220:1::'],
  'mixed.example': ['93.184.216.34', '10.0.0.5'],
  'internal.example': ['10.0.0.5'],
  'empty.example': [],
});

describe('checkOutboundUrl', () => {
  it.each([
    ['http://127.0.0.1/', '127.0.0.1'],
    ['http://[::1]/', '::1'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
    ['http://2130706433/', '127.0.0.1'],
    ['http://0x7f.1/', '127.0.0.1'],
    ['http://017700000001/', '127.0.0.1'],
    ['http://127.1:8080/x', '127.0.0.1'],
    ['http://0/', '0.0.0.0'],
    ['http://169.254.169.254/latest', '169.254.169.254'],
    ['https://192.168.1.1/', '192.168.1.1'],
  ])('refuses the IP literal in %s without a DNS lookup', async (url, address) => {
    const lookup = fakeLookup({});
    const result = await checkOutboundUrl({ url, allowlist: [], lookup });
    expect(result).toEqual({
      ok: false,
      code: 'private-address',
      message: `Address ${address} is a private or reserved address; add it to the HTTP allowlist to allow requests to it.`,
    });
    expect(lookup.asked).toEqual([]);
  });

  it('refuses a hostname that resolves to loopback, naming host and address', async () => {
    const result = await checkOutboundUrl({ url: 'http://localhost:3000/', allowlist: [], lookup: dns });
    expect(result).toMatchObject({ ok: false, code: 'private-address' });
    expect(!result.ok && result.message).toBe(
      'Host localhost resolves to 127.0.0.1, which is a private or reserved address; add it to the HTTP allowlist to allow requests to it.',
    );
  });

  it('refuses when any resolved address is private, even after a public one', async () => {
    const result = await checkOutboundUrl({ url: 'https://mixed.example/', allowlist: [], lookup: dns });
    expect(result).toMatchObject({ ok: false, code: 'private-address' });
    expect(!result.ok && result.message).toContain('mixed.example resolves to 10.0.0.5');
  });

  it('refuses other schemes and invalid URLs', async () => {
    expect(await checkOutboundUrl({ url: 'ftp://x', allowlist: [], lookup: dns })).toEqual({
      ok: false,
      code: 'scheme-not-allowed',
      message: 'Only http and https URLs are allowed, not ftp.',
    });
    for (const url of ['file:///etc/passwd', 'gopher://x/', 'javascript:alert(1)', 'data:text/plain,hi']) {
      expect(await checkOutboundUrl({ url, allowlist: ['*.example'], lookup: dns })).toMatchObject({
        ok: false,
        code: 'scheme-not-allowed',
      });
    }
    for (const url of ['not a url', '/relative/path', 'http://', 'http://exa mple.com/']) {
      expect(await checkOutboundUrl({ url, allowlist: [], lookup: dns })).toMatchObject({
        ok: false,
        code: 'invalid-url',
      });
    }
  });

  it('reports DNS failures and empty answers', async () => {
    expect(await checkOutboundUrl({ url: 'http://nowhere.example/', allowlist: [], lookup: dns })).toEqual({
      ok: false,
      code: 'dns-failed',
      message: 'Could not resolve host nowhere.example (ENOTFOUND).',
    });
    expect(
      await checkOutboundUrl({ url: 'http://empty.example/', allowlist: [], lookup: dns }),
    ).toMatchObject({
      ok: false,
      code: 'dns-failed',
    });
  });

  it('permits a public host and returns the first resolved address to connect to', async () => {
    const result = await checkOutboundUrl({ url: 'https://API.example/v1?q=1', allowlist: [], lookup: dns });
    expect(result).toMatchObject({ ok: true, address: '93.184.216.34', family: 4 });
    expect(result.ok && result.url.href).toBe('https://api.example/v1?q=1');
  });

  it('permits a public IPv6 literal without DNS', async () => {
    const lookup = fakeLookup({});
    const result = await checkOutboundUrl({ url: 'http://[2606:4700::1111]/', allowlist: [], lookup });
    expect(result).toMatchObject({ ok: true, address: '2606:4700::1111', family: 6 });
    expect(lookup.asked).toEqual([]);
  });

  it('permits private destinations the allowlist names by host, wildcard, address or range', async () => {
    const cases: [string, string[]][] = [
      ['http://internal.example/', ['internal.example']],
      ['http://internal.example/', ['*.example']],
      ['http://internal.example/', ['10.0.0.5']],
      ['http://internal.example/', ['10.0.0.0/8']],
      ['http://mixed.example/', ['10.0.0.0/24']],
      ['http://127.0.0.1:8080/', ['127.0.0.1']],
      ['http://2130706433/', ['127.0.0.0/8']],
      ['http://[::1]/', ['::1']],
      ['http://localhost/', ['localhost']],
    ];
    for (const [url, allowlist] of cases) {
      const result = await checkOutboundUrl({ url, allowlist, lookup: dns });
      expect(result.ok, `${url} with ${allowlist.join()}`).toBe(true);
    }
  });

  it('still refuses addresses the allowlist does not cover', async () => {
    const cases: [string, string[]][] = [
      ['http://internal.example/', ['other.example']],
      ['http://internal.example/', ['10.0.0.6']],
      ['http://internal.example/', ['192.168.0.0/16']],
      ['http://169.254.169.254/latest', ['10.0.0.0/8', 'internal.example']],
      ['http://localhost/', ['127.0.0.1']], // ::1 is not covered
    ];
    for (const [url, allowlist] of cases) {
      const result = await checkOutboundUrl({ url, allowlist, lookup: dns });
      expect(result, `${url} with ${allowlist.join()}`).toMatchObject({ ok: false, code: 'private-address' });
    }
  });
});
