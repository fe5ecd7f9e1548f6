import { fileURLToPath } from "node:url";
import type { Page } from "../../../types.ts";
import { loadFingerprintDirectory } from "../load-fingerprint-directory.ts";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
export const fixtureSet = loadFingerprintDirectory(`${FIXTURES}fingerprints`);

export function makePage(html: string, options: { url?: string; headers?: Record<string, string> } = {}): Page {
  return {
    url: options.url ?? "https://www.shop-owner.test/",
    status: 200,
    headers: { "content-type": "text/html", ...options.headers },
    contentType: "text/html",
    html,
    fetchedAt: "2024-01-01T00:00:00.000Z",
  };
}
