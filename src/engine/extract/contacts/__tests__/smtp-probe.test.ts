import { afterEach, describe, expect, it } from "vitest";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { createSmtpProbe } from "../index.ts";

type Rcpt = (address: string) => string;
let server: Server | null = null;
const seen: string[] = [];

// A tiny SMTP server: multi-line EHLO reply, then the RCPT reply decided per test.
async function fakeSmtp(rcpt: Rcpt, options: { silent?: boolean } = {}): Promise<number> {
  seen.length = 0;
  server = createServer((socket: Socket) => {
    if (options.silent) return;
    socket.write("220 fake.test ESMTP\r\n");
    let buffer = "";
    socket.on("data", (chunk) => {
      buffer += chunk.toString();
      let index: number;
      while ((index = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        seen.push(line);
        if (line.startsWith("EHLO")) socket.write("250-fake.test\r\n250-SIZE 1000\r\n250 8BITMIME\r\n");
        else if (line.startsWith("MAIL FROM")) socket.write("250 OK\r\n");
        else if (line.startsWith("RCPT TO")) socket.write(`${rcpt(line.slice(9, -1))}\r\n`);
        else if (line === "QUIT") socket.end("221 Bye\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return (server?.address() as AddressInfo).port;
}

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

const probeOn = (port: number, timeoutMs = 2000) => createSmtpProbe({ heloName: "probe.example.test", mailFrom: "check@example.test", port, timeoutMs });

describe("createSmtpProbe", () => {
  it("runs EHLO, MAIL FROM, RCPT TO, QUIT and reports an accepted recipient", async () => {
    const port = await fakeSmtp(() => "250 OK");
    const result = await probeOn(port)("127.0.0.1", "anna@example.test");
    expect(result).toMatchObject({ kind: "accepted", code: 250 });
    expect(seen.slice(0, 3)).toEqual(["EHLO probe.example.test", "MAIL FROM:<check@example.test>", "RCPT TO:<anna@example.test>"]);
  });

  it("reports 5xx as rejected and 4xx greylisting as temporary", async () => {
    const port = await fakeSmtp((address) => (address.startsWith("grey") ? "451 4.7.1 Greylisted" : "550 5.1.1 No such user"));
    expect((await probeOn(port)("127.0.0.1", "nobody@example.test")).kind).toBe("rejected");
    expect((await probeOn(port)("127.0.0.1", "grey@example.test")).kind).toBe("temporary");
  });

  it("reports a silent server as an error after the timeout", async () => {
    const port = await fakeSmtp(() => "250 OK", { silent: true });
    const result = await probeOn(port, 200)("127.0.0.1", "anna@example.test");
    expect(result).toMatchObject({ kind: "error", message: "SMTP timeout" });
  });

  it("reports a refused connection as an error", async () => {
    const port = await fakeSmtp(() => "250 OK");
    await new Promise<void>((resolve) => server?.close(() => resolve()));
    server = null;
    expect((await probeOn(port)("127.0.0.1", "anna@example.test")).kind).toBe("error");
  });
});
