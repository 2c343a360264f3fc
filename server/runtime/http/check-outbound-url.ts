import { promises as dns } from 'node:dns';
import net from 'node:net';
import { allowlistPermits } from './http-allowlist';
import { isPublicAddress } from './ip-ranges';

/** Resolves a hostname to all of its addresses, like `dns.promises.lookup(host, { all: true })`. */
export type OutboundLookup = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

export type OutboundUrlCheck =
  | { ok: true; url: URL; address: string; family: 4 | 6 }
  | {
      ok: false;
      code: 'invalid-url' | 'scheme-not-allowed' | 'private-address' | 'dns-failed';
      message: string;
    };

const systemLookup: OutboundLookup = (hostname) => dns.lookup(hostname, { all: true });

/**
 * Decides whether a flow may send a request to `url`, and to which address. Only http: and https:
 * are allowed. The host is resolved once; the request is refused when ANY resolved address is not
 * public (see isPublicAddress) unless the allowlist permits the hostname or that address. IP
 * literals, including the numeric forms the WHATWG parser normalizes (`2130706433`, `0x7f.1`,
 * `[::ffff:7f00:1]`), are judged directly without DNS. On success the caller must connect to the
 * returned `address` only, never re-resolve, or a DNS answer changed in between would bypass this
 * check. Never throws.
 */
export async function checkOutboundUrl(options: {
  url: string;
  allowlist: readonly string[];
  lookup?: OutboundLookup;
}): Promise<OutboundUrlCheck> {
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    return { ok: false, code: 'invalid-url', message: `"${options.url}" is not a valid URL.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      code: 'scheme-not-allowed',
      message: `Only http and https URLs are allowed, not ${url.protocol.slice(0, -1)}.`,
    };
  }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (hostname === '') {
    return { ok: false, code: 'invalid-url', message: `"${options.url}" has no host.` };
  }

  const literalFamily = net.isIP(hostname);
  let addresses: string[];
  if (literalFamily !== 0) {
    addresses = [hostname];
  } else {
    try {
      addresses = (await (options.lookup ?? systemLookup)(hostname)).map((entry) => entry.address);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { ok: false, code: 'dns-failed', message: `Could not resolve host ${hostname} (${reason}).` };
    }
  }

  const [first] = addresses;
  const firstFamily = first === undefined ? 0 : net.isIP(first);
  if (first === undefined || firstFamily === 0) {
    return { ok: false, code: 'dns-failed', message: `Host ${hostname} did not resolve to an IP address.` };
  }
  for (const address of addresses) {
    if (isPublicAddress(address)) continue;
    if (allowlistPermits({ allowlist: options.allowlist, hostname, address })) continue;
    const where =
      address === hostname ? `Address ${address}` : `Host ${hostname} resolves to ${address}, which`;
    return {
      ok: false,
      code: 'private-address',
      message: `${where} is a private or reserved address; add it to the HTTP allowlist to allow requests to it.`,
    };
  }
  return { ok: true, url, address: first, family: firstFamily === 4 ? 4 : 6 };
}
