import { createSocket, type Socket } from "node:dgram";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeDnsPort } from "../node-dns-port.ts";

// A minimal authoritative responder: answers MX for mail-domain.test, NXDOMAIN for everything else.
let server: Socket;
let port: number;

function encodeName(name: string): Buffer {
  return Buffer.concat([...name.split(".").map((label) => Buffer.concat([Buffer.from([label.length]), Buffer.from(label)])), Buffer.from([0])]);
}

function answer(query: Buffer): Buffer {
  const questionEnd = query.indexOf(0, 12) + 5;
  const question = query.subarray(12, questionEnd);
  const labels: string[] = [];
  for (let i = 12; query[i] !== 0; i += query[i] + 1) labels.push(query.subarray(i + 1, i + 1 + query[i]).toString());
  const isMx = labels.join(".") === "mail-domain.test" && query.readUInt16BE(questionEnd - 4) === 15;
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2);
  header.writeUInt16BE(isMx ? 0x8180 : 0x8183, 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(isMx ? 2 : 0, 6);
  if (!isMx) return Buffer.concat([header, question]);
  const record = (preference: number, exchange: string) => {
    const rdata = Buffer.concat([Buffer.from([preference >> 8, preference & 255]), encodeName(exchange)]);
    const fixed = Buffer.alloc(12);
    fixed.writeUInt16BE(0xc00c, 0);
    fixed.writeUInt16BE(15, 2);
    fixed.writeUInt16BE(1, 4);
    fixed.writeUInt32BE(300, 6);
    fixed.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([fixed, rdata]);
  };
  return Buffer.concat([header, question, record(20, "backup.mail-domain.test"), record(10, "mx.mail-domain.test")]);
}

beforeAll(async () => {
  server = createSocket("udp4");
  server.on("message", (message, remote) => server.send(answer(message), remote.port, remote.address));
  await new Promise<void>((resolve) => server.bind(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("createNodeDnsPort", () => {
  it("asks the configured servers and orders MX by preference", async () => {
    const dns = createNodeDnsPort({ dnsServers: [`127.0.0.1:${port}`], timeoutMs: 1000 });
    expect(await dns.resolveMx("mail-domain.test")).toEqual(["mx.mail-domain.test", "backup.mail-domain.test"]);
  });

  it("answers [] for missing records and unreachable servers instead of throwing", async () => {
    const dns = createNodeDnsPort({ dnsServers: [`127.0.0.1:${port}`], timeoutMs: 500 });
    expect(await dns.resolveTxt("nothing.test")).toEqual([]);
    expect(await dns.resolveNs("nothing.test")).toEqual([]);
  });
});
