import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Db } from "../../db/database.ts";
import type { SecretBox } from "../../core/secrets/secret-box.ts";
import { ValidationError } from "../../core/errors.ts";
import { beginIdempotentRequest } from "../../core/idempotency/begin.ts";
import { completeIdempotentRequest, releaseIdempotentRequest } from "../../core/idempotency/finish.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** POST routes that insist on an Idempotency-Key (search-profile-creations). */
    idempotencyRequired?: boolean;
  }
  interface FastifyRequest {
    idempotencyClaim?: { principalId: string; key: string };
  }
}

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Idempotency-Key on POST: same key + same body replays the first response for 24 hours. */
export function registerIdempotency(app: FastifyInstance, db: Db, secrets: SecretBox): void {
  app.addHook("preHandler", async (request, reply) => {
    if (request.method !== "POST" || !request.principal) return;
    const key = readKey(request);
    if (!key) return;
    const decision = await beginIdempotentRequest(db, secrets, {
      principalId: request.principal.keyId,
      key,
      method: request.method,
      path: request.routeOptions.url ?? request.url,
      requestHash: hashRequest(request),
    });
    if (decision.kind === "replay") {
      reply.header("Idempotency-Replayed", "true");
      if (decision.contentType) reply.type(decision.contentType);
      return reply.code(decision.status).send(decision.body);
    }
    request.idempotencyClaim = { principalId: request.principal.keyId, key };
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const claim = request.idempotencyClaim;
    if (!claim) return payload;
    request.idempotencyClaim = undefined;
    if (reply.statusCode >= 500 || typeof payload !== "string") {
      await releaseIdempotentRequest(db, claim.principalId, claim.key);
    } else {
      const contentType = reply.getHeader("content-type");
      await completeIdempotentRequest(db, secrets, claim.principalId, claim.key, {
        status: reply.statusCode,
        body: payload,
        contentType: typeof contentType === "string" ? contentType : null,
      });
    }
    return payload;
  });
}

function readKey(request: FastifyRequest): string | null {
  const raw = request.headers["idempotency-key"];
  const key = Array.isArray(raw) ? raw[0] : raw;
  if (key === undefined || key === "") {
    if (request.routeOptions.config?.idempotencyRequired) {
      throw new ValidationError([{ field: "Idempotency-Key", message: "This endpoint requires an Idempotency-Key header" }]);
    }
    return null;
  }
  if (!KEY_PATTERN.test(key)) {
    throw new ValidationError([{ field: "Idempotency-Key", message: "Must be 1–255 visible ASCII characters" }]);
  }
  return key;
}

function hashRequest(request: FastifyRequest): string {
  return createHash("sha256").update(canonicalJson(request.body ?? null)).update("\0").update(request.url).digest("hex");
}

/** Key order must not make two equal bodies look different. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
