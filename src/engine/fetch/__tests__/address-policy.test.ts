import { describe, expect, it } from "vitest";
import { createAddressPolicy } from "../address-policy.ts";

describe("createAddressPolicy", () => {
  const policy = createAddressPolicy();

  it.each([
    "127.0.0.1", "::1", "[::1]", "169.254.169.254", "10.0.0.1", "172.16.5.4", "192.168.1.1", "100.64.0.1",
    "0.0.0.0", "224.0.0.1", "255.255.255.255", "198.18.0.1", "fd00:ec2::254", "fc00::1", "fe80::1",
    "ff02::1", "::ffff:127.0.0.1", "::ffff:8.8.8.8", "2001:db8::1", "64:ff9b::a00:1", "not-an-ip",
  ])("refuses %s", (ip) => {
    expect(policy.isAllowed(ip)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111"])("allows public %s", (ip) => {
    expect(policy.isAllowed(ip)).toBe(true);
  });

  it("allows exactly what the allow-list names", () => {
    const allowing = createAddressPolicy(["127.0.0.1/32", "10.1.0.0/16", "::1"]);
    expect(allowing.isAllowed("127.0.0.1")).toBe(true);
    expect(allowing.isAllowed("127.0.0.2")).toBe(false);
    expect(allowing.isAllowed("10.1.200.3")).toBe(true);
    expect(allowing.isAllowed("10.2.0.1")).toBe(false);
    expect(allowing.isAllowed("::1")).toBe(true);
    expect(allowing.isAllowed("169.254.169.254")).toBe(false);
  });

  it("rejects a malformed allow-list entry loudly", () => {
    expect(() => createAddressPolicy(["intranet/8"])).toThrow(/invalid address/);
  });
});
