// Every range that is not ordinary public unicast. Crawling any of them could reach the operator's
// own network (SSRF), so they are refused unless an operator allow-lists them explicitly.
export const NON_PUBLIC_IPV4: readonly string[] = [
  "0.0.0.0/8", // "this network"
  "10.0.0.0/8", // private
  "100.64.0.0/10", // carrier-grade NAT
  "127.0.0.0/8", // loopback
  "169.254.0.0/16", // link-local, cloud metadata 169.254.169.254
  "172.16.0.0/12", // private
  "192.0.0.0/24", // IETF protocol assignments
  "192.0.2.0/24", // TEST-NET-1
  "192.88.99.0/24", // 6to4 relay anycast
  "192.168.0.0/16", // private
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // TEST-NET-2
  "203.0.113.0/24", // TEST-NET-3
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved and broadcast
];

export const NON_PUBLIC_IPV6: readonly string[] = [
  "::/96", // unspecified, IPv4-compatible
  "::1/128", // loopback
  "::ffff:0:0/96", // IPv4-mapped: would smuggle any IPv4 target past an IPv6-only check
  "64:ff9b::/96", // NAT64
  "64:ff9b:1::/48", // local-use NAT64
  "100::/64", // discard-only
  "2001::/23", // IETF protocol assignments (Teredo, ORCHID ...)
  "2001:db8::/32", // documentation
  "2002::/16", // 6to4 embeds arbitrary IPv4
  "fc00::/7", // unique-local, includes the EC2 metadata address fd00:ec2::254
  "fe80::/10", // link-local
  "fec0::/10", // deprecated site-local
  "ff00::/8", // multicast
];
