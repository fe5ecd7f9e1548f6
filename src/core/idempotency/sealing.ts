import { createHash } from "node:crypto";
import type { SecretBox } from "../secrets/secret-box.ts";

// A stored record must not be readable from the database, even with the server key: responses can
// carry new raw API keys and whsec_ secrets. Only the client that holds the Idempotency-Key can
// ask for the replay, and only its key (never stored) opens the sealed body. docs/adr/0015.

/** What the table stores instead of the client's Idempotency-Key. */
export function storedIdempotencyKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function responseBoxFor(secrets: SecretBox, principalId: string, key: string): SecretBox {
  return secrets.derive(`idempotency\n${principalId}\n${key}`);
}
