import net from 'node:net';
import { z } from 'zod';

/** A parsed allowlist entry; `null` from parseEntry means the text is not a valid entry. */
type AllowlistEntry =
  | { kind: 'hostname'; hostname: string }
  | { kind: 'wildcard'; suffix: string }
  | { kind: 'address' | 'cidr'; rule: net.BlockList };

const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

/** Lower-cases and drops one trailing dot, so `API.Example.` and `api.example` compare equal. */
function normalizeHostname(hostname: string): string {
  const lower = hostname.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** DNS labels; a numeric last label is refused because URLs read such a host as an IPv4 address. */
function isHostname(text: string): boolean {
  const labels = text.split('.');
  return (
    text.length <= 253 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels.at(-1) ?? '')
  );
}

function parseEntry(entry: string): AllowlistEntry | null {
  const text = entry.trim();
  if (text.includes('%')) return null; // IPv6 zone ids are meaningless in a shared setting
  const family = net.isIP(text);
  if (family !== 0) {
    const rule = new net.BlockList();
    rule.addAddress(text, family === 4 ? 'ipv4' : 'ipv6');
    return { kind: 'address', rule };
  }
  const slash = text.indexOf('/');
  if (slash !== -1) {
    const network = text.slice(0, slash);
    const prefixText = text.slice(slash + 1);
    const networkFamily = net.isIP(network);
    const maxPrefix = networkFamily === 4 ? 32 : 128;
    const prefix = Number(prefixText);
    if (networkFamily === 0 || !/^\d{1,3}$/.test(prefixText) || prefix > maxPrefix) return null;
    const rule = new net.BlockList();
    rule.addSubnet(network, prefix, networkFamily === 4 ? 'ipv4' : 'ipv6');
    return { kind: 'cidr', rule };
  }
  const hostname = normalizeHostname(text);
  if (hostname.startsWith('*.')) {
    const suffix = hostname.slice(2);
    return isHostname(suffix) ? { kind: 'wildcard', suffix } : null;
  }
  return isHostname(hostname) ? { kind: 'hostname', hostname } : null;
}

/**
 * The account's list of destinations that flow HTTP requests may reach even though they resolve to
 * non-public addresses. Each entry is a hostname (`api.internal.example`), a wildcard suffix
 * (`*.corp.example`: any subdomain, not `corp.example` itself), an IP address or a CIDR range
 * (`10.0.0.0/8`, `fd00::/8`). Entries are trimmed.
 */
export const httpAllowlistSchema = z
  .array(
    z
      .string()
      .trim()
      .refine((entry) => parseEntry(entry) !== null, {
        error: (issue) =>
          `"${String(issue.input)}" is not a hostname, *.domain wildcard, IP address or CIDR range (such as 10.0.0.0/8)`,
      }),
  )
  .max(100, { error: 'The allowlist can hold at most 100 entries' });

export type HttpAllowlist = z.infer<typeof httpAllowlistSchema>;

/**
 * The allowlist stored in an account's settings. A stored list that does not validate counts as
 * empty: nothing private becomes reachable by accident.
 */
export function allowlistOfSettings(settings: Record<string, unknown> | null | undefined): HttpAllowlist {
  const parsed = httpAllowlistSchema.safeParse(settings?.httpAllowlist ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * Whether the allowlist lets a request reach `address` (the resolved IP) of `hostname` (the URL's
 * host, without IPv6 brackets). Hostname and wildcard entries match the hostname, case-insensitively;
 * IP and CIDR entries match the address (an IPv4 entry also matches its IPv4-mapped IPv6 form).
 * Invalid entries never match.
 */
export function allowlistPermits(options: {
  allowlist: readonly string[];
  hostname: string;
  address: string;
}): boolean {
  const hostname = normalizeHostname(options.hostname);
  const addressFamily = net.isIP(options.address);
  return options.allowlist.some((text) => {
    const entry = parseEntry(text);
    if (entry === null) return false;
    switch (entry.kind) {
      case 'hostname':
        return entry.hostname === hostname;
      case 'wildcard':
        return hostname.endsWith(`.${entry.suffix}`);
      case 'address':
      case 'cidr':
        return (
          addressFamily !== 0 && entry.rule.check(options.address, addressFamily === 4 ? 'ipv4' : 'ipv6')
        );
    }
  });
}
