import { connect, type Socket } from "node:net";
import type { SmtpProbeResult } from "./smtp-probe-result.ts";

export interface SmtpProbeOptions {
  /** Our host name for EHLO; must be a name the remote side can resolve to be taken seriously. */
  heloName: string;
  /** Envelope sender for MAIL FROM. */
  mailFrom: string;
  port?: number;
  timeoutMs?: number;
}

interface Reply {
  code: number;
  text: string;
}

/** An SMTP RCPT TO probe over node:net: EHLO, MAIL FROM, RCPT TO, QUIT; no message is ever sent. */
export function createSmtpProbe(options: SmtpProbeOptions): (mx: string, email: string) => Promise<SmtpProbeResult> {
  return (mx, email) => runDialogue(mx, email, options);
}

async function runDialogue(mx: string, email: string, options: SmtpProbeOptions): Promise<SmtpProbeResult> {
  const socket = connect({ host: mx, port: options.port ?? 25 });
  const reader = new ReplyReader(socket, options.timeoutMs ?? 10_000);
  try {
    const greeting = await reader.next();
    if (greeting.code !== 220) return classify(greeting);
    let hello = await reader.send(`EHLO ${options.heloName}`);
    if (hello.code >= 500) hello = await reader.send(`HELO ${options.heloName}`);
    if (hello.code !== 250) return classify(hello);
    const from = await reader.send(`MAIL FROM:<${options.mailFrom}>`);
    if (from.code !== 250) return classify(from);
    const rcpt = await reader.send(`RCPT TO:<${email}>`);
    socket.write("QUIT\r\n");
    return classify(rcpt);
  } catch (error) {
    return { kind: "error", code: null, message: (error as Error).message };
  } finally {
    socket.end();
    socket.destroy();
  }
}

function classify(reply: Reply): SmtpProbeResult {
  const kind = reply.code === 250 || reply.code === 251 ? "accepted" : reply.code >= 500 ? "rejected" : reply.code >= 400 ? "temporary" : "error";
  return { kind, code: reply.code, message: reply.text };
}

/** Collects multi-line replies ("250-…" continues, "250 …" ends) and fails on timeout or close. */
class ReplyReader {
  private buffer = "";
  private waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;
  private lines: string[] = [];

  constructor(private readonly socket: Socket, timeoutMs: number) {
    socket.setTimeout(timeoutMs, () => this.fail(new Error("SMTP timeout")));
    socket.on("data", (chunk) => this.onData(chunk.toString("latin1")));
    socket.on("error", (error) => this.fail(error));
    socket.on("close", () => this.fail(new Error("SMTP connection closed")));
  }

  send(command: string): Promise<Reply> {
    this.socket.write(`${command}\r\n`);
    return this.next();
  }

  next(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.drain();
    });
  }

  private onData(text: string): void {
    this.buffer += text;
    const parts = this.buffer.split(/\r?\n/);
    this.buffer = parts.pop() ?? "";
    this.lines.push(...parts);
    this.drain();
  }

  private drain(): void {
    if (!this.waiting) return;
    const end = this.lines.findIndex((line) => /^\d{3}(?: |$)/.test(line));
    if (end < 0) return this.failure ? this.settle(null) : undefined;
    const replyLines = this.lines.splice(0, end + 1);
    const last = replyLines[replyLines.length - 1] ?? "";
    this.settle({ code: Number(last.slice(0, 3)), text: replyLines.map((l) => l.slice(4)).join("\n") });
  }

  private settle(reply: Reply | null): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (reply) waiting?.resolve(reply);
    else waiting?.reject(this.failure ?? new Error("SMTP failure"));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.drain();
  }
}
