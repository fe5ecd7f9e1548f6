import { BlockList, isIP } from "node:net";
import { NON_PUBLIC_IPV4, NON_PUBLIC_IPV6 } from "./non-public-ranges.ts";

/** Decides whether the crawler may connect to one IP address. */
export interface AddressPolicy {
  isAllowed(ip: string): boolean;
}

/** Public addresses pass; non-public ones pass only when `allowCidrs` names them (e.g. "10.0.0.0/8", "::1"). */
export function createAddressPolicy(allowCidrs: readonly string[] = []): AddressPolicy {
  // One list per family: node's BlockList matches IPv4 addresses against IPv6 rules as ::ffff:x,
  // so a single list holding ::ffff:0:0/96 would block every IPv4 address.
  const blocked = { ipv4: buildBlockList(NON_PUBLIC_IPV4), ipv6: buildBlockList(NON_PUBLIC_IPV6) };
  const allowed = {
    ipv4: buildBlockList(allowCidrs.filter((c) => familyOf(c.split("/")[0].trim()) === "ipv4")),
    ipv6: buildBlockList(allowCidrs.filter((c) => familyOf(c.split("/")[0].trim()) !== "ipv4")),
  };
  return {
    isAllowed(ip: string): boolean {
      const bare = ip.replace(/^\[|\]$/g, "");
      const type = familyOf(bare);
      if (!type) return false;
      if (allowed[type].check(bare, type)) return true;
      return !blocked[type].check(bare, type);
    },
  };
}

function buildBlockList(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of cidrs) {
    const [address, prefixText] = entry.trim().split("/");
    const type = familyOf(address);
    if (!type) throw new Error(`invalid address in CIDR list: ${entry}`);
    const prefix = prefixText === undefined ? (type === "ipv4" ? 32 : 128) : Number(prefixText);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

function familyOf(ip: string): "ipv4" | "ipv6" | null {
  const version = isIP(ip);
  return version === 4 ? "ipv4" : version === 6 ? "ipv6" : null;
}
