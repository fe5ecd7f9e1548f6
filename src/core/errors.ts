// One error taxonomy for the whole product; http/plugins/errors.ts is the only place that turns
// these into responses.

export interface FieldError {
  field: string;
  message: string;
}

export abstract class AppError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;
  readonly details?: Record<string, unknown>;

  constructor(message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** Missing and other-organization resources look identical: both are this error. */
export class NotFoundError extends AppError {
  readonly status = 404;
  readonly code: string;
  constructor(
    readonly resourceType: string,
    readonly identifier: string,
  ) {
    super(`${resourceType} with identifier ${identifier} not found`);
    this.code = `${resourceType.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase()}_NOT_FOUND`;
  }
}

export class ValidationError extends AppError {
  readonly status = 422;
  readonly code = "VALIDATION_ERROR";
  constructor(errors: FieldError[], message = "Request validation failed") {
    super(message, { errors });
  }
}

export class ConflictError extends AppError {
  readonly status = 409;
  readonly code: string;
  constructor(message: string, code = "CONFLICT", details?: Record<string, unknown>) {
    super(message, details);
    this.code = code;
  }
}

export class UnauthorizedError extends AppError {
  readonly status = 401;
  readonly code = "UNAUTHORIZED";
}

export class ForbiddenError extends AppError {
  readonly status = 403;
  readonly code = "AUTHORIZATION_ERROR";
}

/** A test-mode organization asked for more demonstration companies than its hourly quota allows. */
export class TestModeQuotaError extends AppError {
  readonly status = 429;
  readonly code = "TEST_MODE_QUOTA_EXCEEDED";
  constructor(readonly retryAfterSeconds: number, limit: number, used: number) {
    super(`Test mode allows ${limit} companies per hour per organization; ${used} are already ordered in the last hour. Retry after ${retryAfterSeconds} seconds.`, {
      retry_after: retryAfterSeconds,
      limit,
      used,
    });
  }
}

export class RateLimitedError extends AppError {
  readonly status = 429;
  readonly code = "RATE_LIMIT_EXCEEDED";
  constructor(readonly retryAfterSeconds: number, limit: number) {
    super(`Rate limit exceeded: ${limit} requests allowed in this window. Retry after ${retryAfterSeconds} seconds.`, {
      retry_after: retryAfterSeconds,
      limit,
    });
  }
}

/** Errors whose status and code are given where they arise (400 INVALID_JSON, 413, 415, 422 IDEMPOTENCY_KEY_REUSED …). */
export class RequestError extends AppError {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}
