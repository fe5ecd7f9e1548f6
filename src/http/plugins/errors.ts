import type { FastifyError, FastifyInstance, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import { AppError, NotFoundError, RateLimitedError, TestModeQuotaError, type FieldError } from "../../core/errors.ts";

interface ErrorBody {
  code: string;
  message: string;
  request_id: string;
  resource_type?: string;
  identifier?: string;
  details?: Record<string, unknown>;
}

// Fastify's own 4xx errors, mapped to the documented codes.
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: "INVALID_JSON", message: "Request body is not valid JSON" },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: "INVALID_JSON", message: "Request body is empty but Content-Type is application/json" },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: "PAYLOAD_TOO_LARGE", message: "Request body is too large" },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: "UNSUPPORTED_MEDIA_TYPE", message: "Send request bodies as application/json" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: "BAD_REQUEST", message: "Content-Length does not match the body" },
  FST_ERR_BAD_URL: { status: 400, code: "BAD_REQUEST", message: "Malformed URL" },
};

/** The single place where errors become responses: same body shape everywhere, never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = toResponse(error, request);
    if (status >= 500) request.log.error({ err: error }, "request failed");
    if (error instanceof RateLimitedError || error instanceof TestModeQuotaError) reply.header("Retry-After", String(error.retryAfterSeconds));
    return reply.code(status).type("application/json; charset=utf-8").send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    const body: ErrorBody = {
      code: "NOT_FOUND",
      message: `Route ${request.method} ${request.url.split("?")[0]} not found`,
      request_id: request.id,
    };
    return reply.code(404).send(body);
  });
}

function toResponse(error: FastifyError, request: FastifyRequest): { status: number; body: ErrorBody } {
  const requestId = request.id;
  if (error instanceof AppError) {
    const body: ErrorBody = { code: error.code, message: error.message, request_id: requestId };
    if (error instanceof NotFoundError) Object.assign(body, { resource_type: error.resourceType, identifier: error.identifier });
    if (error.details) body.details = error.details;
    return { status: error.status, body };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      field: fieldName(issue.instancePath, issue.params),
      location: locationOf(error.validationContext),
      message: issue.message ?? "Invalid value",
    }));
    return validation(errors, requestId);
  }
  if (error instanceof ZodError) {
    return validation(error.issues.map((issue) => ({ field: issue.path.join(".") || "body", message: issue.message })), requestId);
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return { status: known.status, body: { code: known.code, message: known.message, request_id: requestId } };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, body: { code: "BAD_REQUEST", message: error.message, request_id: requestId } };
  }
  return { status: 500, body: { code: "INTERNAL_ERROR", message: "An internal error occurred", request_id: requestId } };
}

function validation(errors: (FieldError & { location?: string })[], requestId: string): { status: number; body: ErrorBody } {
  return { status: 422, body: { code: "VALIDATION_ERROR", message: "Request validation failed", request_id: requestId, details: { errors } } };
}

// "/companies/3/website_url" → "companies[3].website_url"; unknown keys name the key itself.
function fieldName(instancePath: string, params: Record<string, unknown>): string {
  const parts = instancePath.split("/").filter(Boolean);
  const keys = params?.keys;
  if (Array.isArray(keys) && keys.length) parts.push(String(keys[0]));
  return parts.reduce((name, part) => (/^\d+$/.test(part) ? `${name}[${part}]` : name ? `${name}.${part}` : part), "") || "body";
}

function locationOf(context: string | undefined): string {
  if (context === "querystring") return "query";
  if (context === "params") return "path";
  if (context === "headers") return "header";
  return "body";
}
