import { Stream } from "node:stream";
import type { FastifyInstance } from "fastify";
import { ValidationError, type FieldError } from "../../core/errors.ts";

type Location = "path" | "query" | "body";
type LocatedFieldError = FieldError & { location: Location };

// PostgreSQL stores neither U+0000 (text and jsonb) nor an unpaired UTF-16 surrogate (jsonb; text
// would silently become U+FFFD). Both are refused here, before any route sees them.
const NUL = "\u0000";
const LONE_SURROGATE = /\p{Surrogate}/u;
const MAX_REPORTED = 20;

/** Every route, before validation: strings (and object keys) that cannot be stored are a 422. */
export function registerUnstorableInputCheck(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const errors = [
      ...findUnstorable(request.params, "path"),
      ...findUnstorable(request.query, "query"),
      ...findUnstorable(request.body, "body"),
    ];
    if (errors.length) throw new ValidationError(errors.slice(0, MAX_REPORTED), "Request contains characters that cannot be stored");
  });
}

/**
 * Walks a parsed JSON value without recursion, so a deeply nested body cannot exhaust the stack.
 * A body a route reads raw (company imports get the request stream) is not walked: entering the
 * stream walked its socket and server through their cycles without end, growing the heap until the
 * process died. Objects already seen are skipped, so no cycle can do that again.
 */
export function findUnstorable(value: unknown, location: Location): LocatedFieldError[] {
  const errors: LocatedFieldError[] = [];
  const pending: { value: unknown; field: string }[] = [{ value, field: "" }];
  const seen = new WeakSet<object>();
  while (pending.length && errors.length < MAX_REPORTED) {
    const { value: current, field } = pending.pop()!;
    if (current && typeof current === "object") {
      if (seen.has(current) || current instanceof Stream || ArrayBuffer.isView(current)) continue;
      seen.add(current);
    }
    if (typeof current === "string") {
      const problem = unstorableReason(current);
      if (problem) errors.push({ field: field || location, location, message: problem });
    } else if (Array.isArray(current)) {
      current.forEach((item, index) => pending.push({ value: item, field: `${field}[${index}]` }));
    } else if (current && typeof current === "object") {
      for (const [key, item] of Object.entries(current)) {
        const name = field ? `${field}.${key}` : key;
        const keyProblem = unstorableReason(key);
        if (keyProblem) errors.push({ field: name, location, message: `Field name: ${keyProblem}` });
        pending.push({ value: item, field: name });
      }
    }
  }
  return errors;
}

function unstorableReason(text: string): string | null {
  if (text.includes(NUL)) return "Must not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(text)) return "Must not contain an unpaired UTF-16 surrogate";
  return null;
}
