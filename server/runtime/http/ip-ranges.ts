import net from 'node:net';

/** Special-purpose IPv4 ranges (IANA registry) that a flow's outbound request must never reach. */
const IPV4_NON_PUBLIC: readonly (readonly [network: string, prefix: number])[] = [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation (TEST-NET-1)
  ['192.88.99.0', 24], // deprecated 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation (TEST-NET-2)
  ['203.0.113.0', 24], // documentation (TEST-NET-3)
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, incl. broadcast 255.255.255.255
];

/**
 * IPv6 prefixes that carry an IPv4 address in their last 32 bits: IPv4-mapped, IPv4-compatible
 * (deprecated) and NAT64. Such an address is judged by the IPv4 address it embeds.
 */
const IPV6_EMBEDDING_IPV4 = ['::ffff:', '::', '64:ff9b::'] as const;

/** Special-purpose ranges inside the global unicast block 2000::/3. */
const IPV6_NON_PUBLIC: readonly (readonly [network: string, prefix: number])[] = [
  ['2001::', 23], // IETF protocol assignments, incl. Teredo 2001::/32 and benchmarking 2001:2::/48
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: deprecated, and would tunnel to an arbitrary IPv4 address
  ['3fff::', 20], // documentation (RFC 9637)
  // Outside 2000::/3, hence already refused; listed so the intent is explicit.
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['100::', 64], // discard
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
];

// One list per family: a BlockList matches IPv4 rules against IPv4-mapped IPv6 addresses and the
// reverse, which would blur the two rule sets below.
const ipv4Blocked = new net.BlockList();
const ipv6Blocked = new net.BlockList();
const ipv6Routable = new net.BlockList();

for (const [network, prefix] of IPV4_NON_PUBLIC) {
  ipv4Blocked.addSubnet(network, prefix, 'ipv4');
  for (const embedding of IPV6_EMBEDDING_IPV4) {
    ipv6Blocked.addSubnet(`${embedding}${network}`, 96 + prefix, 'ipv6');
  }
}
for (const [network, prefix] of IPV6_NON_PUBLIC) ipv6Blocked.addSubnet(network, prefix, 'ipv6');
ipv6Routable.addSubnet('2000::', 3, 'ipv6');
for (const embedding of IPV6_EMBEDDING_IPV4) ipv6Routable.addSubnet(`${embedding}0.0.0.0`, 96, 'ipv6');

/**
 * Whether `address` (an IP address in any textual form Node accepts; an IPv6 zone id is ignored)
 * is a public, globally routable unicast address. Returns false for anything that is not an IP
 * address, for every private, loopback, link-local, shared, documentation, benchmarking,
 * multicast and reserved range, and for IPv6 outside the global unicast block 2000::/3 except
 * IPv4-mapped, IPv4-compatible and NAT64 (64:ff9b::/96) addresses, which are judged by the IPv4
 * address they embed.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.split('%')[0] ?? '';
  switch (net.isIP(bare)) {
    case 4:
      return !ipv4Blocked.check(bare, 'ipv4');
    case 6:
      return ipv6Routable.check(bare, 'ipv6') && !ipv6Blocked.check(bare, 'ipv6');
    default:
      return false;
  }
}
