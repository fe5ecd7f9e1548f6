import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/** AES-256-GCM with the operator's key (OPENPROSPECT_SECRET_KEY): webhook secrets at rest. */
export interface SecretBox {
  seal(plaintext: string, context?: string): string;
  /** Sealed text → plaintext; a value stored before encryption existed is returned unchanged. */
  open(stored: string, context?: string): string;
  /** A box whose key also depends on `material` (e.g. a client's Idempotency-Key), never stored. */
  derive(material: string): SecretBox;
}

const PREFIX = "enc:v1:";
const IV_BYTES = 12;

export function isSealed(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

/**
 * `context` is bound as associated data, so a sealed value copied into another row or column (say,
 * one destination's secret onto another) no longer opens.
 */
export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("The secret key must be 32 bytes");
  return {
    seal(plaintext, context = "") {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      cipher.setAAD(Buffer.from(context, "utf8"));
      const sealed = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
      return `${PREFIX}${[iv, cipher.getAuthTag(), sealed].map((part) => part.toString("base64url")).join(".")}`;
    },
    open(stored, context = "") {
      if (!isSealed(stored)) return stored;
      const [iv, tag, sealed] = stored.slice(PREFIX.length).split(".").map((part) => Buffer.from(part, "base64url"));
      const decipher = createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAAD(Buffer.from(context, "utf8"));
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed), decipher.final()]).toString("utf8");
    },
    derive(material) {
      return createSecretBox(createHmac("sha256", key).update(material, "utf8").digest());
    },
  };
}

/** OPENPROSPECT_SECRET_KEY: 32 bytes as base64 (44 characters) or hex (64). */
export function parseSecretKey(text: string): Buffer {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  if (key.length !== 32) throw new Error("OPENPROSPECT_SECRET_KEY must be 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)");
  return key;
}

export function generateSecretKeyText(): string {
  return randomBytes(32).toString("base64");
}
