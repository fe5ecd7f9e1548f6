import { describe, expect, it } from "vitest";
import { checkEmailStatus, type EmailStatusPorts, type SmtpProbeResult } from "../index.ts";

const accepted: SmtpProbeResult = { kind: "accepted", code: 250, message: "OK" };
const rejected: SmtpProbeResult = { kind: "rejected", code: 550, message: "No such user" };
const greylisted: SmtpProbeResult = { kind: "temporary", code: 451, message: "Greylisted, try later" };
const mx = async () => [{ exchange: "mx2.example.test", priority: 20 }, { exchange: "mx1.example.test", priority: 10 }];

function ports(probe: (mx: string, email: string) => SmtpProbeResult, resolveMx: EmailStatusPorts["resolveMx"] = mx): EmailStatusPorts & { calls: string[] } {
  const calls: string[] = [];
  return { calls, resolveMx, smtpProbe: async (host, email) => (calls.push(`${host} ${email}`), probe(host, email)) };
}

describe("checkEmailStatus", () => {
  it("is valid when the server accepts the address and rejects a random one", async () => {
    const p = ports((_, email) => (email.startsWith("anna") ? accepted : rejected));
    expect(await checkEmailStatus("anna@example.test", p, { smtpProbe: true })).toBe("valid");
    expect(p.calls[0]).toBe("mx1.example.test anna@example.test");
  });

  it("is accept_all when a random local part is accepted too", async () => {
    expect(await checkEmailStatus("anna@example.test", ports(() => accepted), { smtpProbe: true })).toBe("accept_all");
  });

  it("is invalid on a 5xx refusal, a malformed address or a domain without MX and A", async () => {
    expect(await checkEmailStatus("anna@example.test", ports(() => rejected), { smtpProbe: true })).toBe("invalid");
    expect(await checkEmailStatus("not-an-address", ports(() => accepted), { smtpProbe: true })).toBe("invalid");
    const noMail: EmailStatusPorts = { resolveMx: async () => [], resolveA: async () => [] };
    expect(await checkEmailStatus("anna@nowhere.test", noMail, { smtpProbe: false })).toBe("invalid");
    const nx: EmailStatusPorts = { resolveMx: async () => Promise.reject(Object.assign(new Error("nx"), { code: "ENOTFOUND" })) };
    expect(await checkEmailStatus("anna@nowhere.test", nx, { smtpProbe: false })).toBe("invalid");
  });

  it("is unknown on greylisting, timeouts, DNS failures, and when probing is off", async () => {
    expect(await checkEmailStatus("anna@example.test", ports(() => greylisted), { smtpProbe: true })).toBe("unknown");
    const timeout: SmtpProbeResult = { kind: "error", code: null, message: "SMTP timeout" };
    expect(await checkEmailStatus("anna@example.test", ports(() => timeout), { smtpProbe: true })).toBe("unknown");
    const servfail: EmailStatusPorts = { resolveMx: async () => Promise.reject(Object.assign(new Error("x"), { code: "ESERVFAIL" })) };
    expect(await checkEmailStatus("anna@example.test", servfail, { smtpProbe: true })).toBe("unknown");
    const p = ports(() => accepted);
    expect(await checkEmailStatus("anna@example.test", p, { smtpProbe: false })).toBe("unknown");
    expect(p.calls).toEqual([]);
  });

  it("falls back to the A record when there is no MX", async () => {
    const p: EmailStatusPorts = { resolveMx: async () => [], resolveA: async () => ["192.0.2.1"], smtpProbe: async (_, e) => (e.startsWith("anna") ? accepted : rejected) };
    expect(await checkEmailStatus("anna@example.test", p, { smtpProbe: true })).toBe("valid");
  });
});
