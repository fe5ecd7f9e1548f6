import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { TestApp } from "./test-app.ts";
import { call } from "./test-app.ts";
import { waitFor } from "./webhook-receiver.ts";

export const IMPORT_FIXTURES = join(import.meta.dirname, "..", "fixtures", "imports");

/** Posts a body to the import endpoint as an operator and waits until the import has finished. */
export async function importThroughApi(t: TestApp, body: string | Buffer, query: Record<string, string>, contentType: string): Promise<any> {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/admin/v1/company-imports",
    query,
    headers: { authorization: `Bearer ${t.adminKey}`, "content-type": contentType },
    payload: body,
  });
  expect(response.statusCode, response.body).toBe(202);
  const { import_id: importId } = response.json() as { import_id: string };
  return waitFor(async () => {
    const current = (await call(t.app, "GET", `/api/admin/v1/company-imports/${importId}`, { key: t.adminKey })).body_json;
    return current.status === "SUCCEEDED" || current.status === "FAILED" ? current : null;
  });
}

export function fixture(name: string): Buffer {
  return readFileSync(join(IMPORT_FIXTURES, name));
}
