import { fileURLToPath } from "node:url";
import { loadFingerprintDirectory } from "./load-fingerprint-directory.ts";
import type { FingerprintSet } from "./fingerprint-types.ts";

// The project's own fingerprints (fingerprints/categories.json + fingerprints/technologies/*.json).
// Compiling is the expensive part, so the set is built once per process and shared.
let builtin: FingerprintSet | null = null;

export const BUILTIN_FINGERPRINT_DIR = fileURLToPath(new URL("./fingerprints/", import.meta.url));

export function loadBuiltinFingerprints(): FingerprintSet {
  builtin ??= loadFingerprintDirectory(BUILTIN_FINGERPRINT_DIR);
  return builtin;
}
