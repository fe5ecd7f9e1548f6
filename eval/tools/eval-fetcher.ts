import { createFetcher, type Fetcher } from "../../src/engine/fetch/index.ts";

// Simulated hosts all "resolve" to one TEST-NET-1 address that the allow-list admits; the guard
// still runs on every target exactly as in production, only name resolution is faked.
export const SIMULATED_ADDRESS = "192.0.2.1";

/** A fetcher that reaches the simulated hosts through the evaluation's loopback proxy. */
export function createEvalFetcher(proxyUrl: string): Fetcher {
  return createFetcher({
    outboundProxy: proxyUrl,
    resolveAll: async () => [{ address: SIMULATED_ADDRESS, family: 4 }],
    allowCidrs: [`${SIMULATED_ADDRESS}/32`],
    minDelayMs: 0,
    totalTimeoutMs: 15_000,
  });
}
