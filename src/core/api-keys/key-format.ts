import { createHash, randomInt } from "node:crypto";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const KEY_BODY_LENGTH = 32;

export type KeyKind = "live" | "test" | "admin";

const KEY_PATTERN = /^lnc_(live|test|admin)_([0-9A-Za-z]{32})$/;

export function generateKey(kind: KeyKind): string {
  let body = "";
  for (let i = 0; i < KEY_BODY_LENGTH; i++) body += BASE62[randomInt(BASE62.length)];
  return `lnc_${kind}_${body}`;
}

/** The kind of a well-formed key, or null for anything else. */
export function parseKeyKind(key: string): KeyKind | null {
  const match = KEY_PATTERN.exec(key);
  return match ? (match[1] as KeyKind) : null;
}

// Keys carry 190 bits of randomness, so a fast hash is enough: there is nothing to brute-force.
export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** What a person sees in a key list: the prefix and the first four characters. */
export function displayPrefix(key: string): string {
  const underscore = key.lastIndexOf("_");
  return key.slice(0, underscore + 5);
}
