import { z } from "zod";

// Shared wire schemas: the error body and the list envelope, used by every route's OpenAPI entry.
export const ErrorBodySchema = z
  .object({
    code: z.string(),
    message: z.string(),
    request_id: z.string(),
    resource_type: z.string().optional(),
    identifier: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: "Error" });

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
    has_more: z.boolean(),
  });
}

export function cursorPageSchema<T extends z.ZodType>(item: T) {
  return pageSchema(item).extend({ next_cursor: z.string().nullable() });
}

export const UuidParam = (name: string) => z.object({ [name]: z.uuid({ message: "Must be a UUID" }) });

/**
 * Error responses every authenticated route may give, for the OpenAPI document. 400 is
 * INVALID_JSON for a malformed body, or BAD_REQUEST for a malformed URL.
 */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorBodySchema> {
  return Object.fromEntries([400, 401, 403, 422, 429, ...statuses].map((status) => [status, ErrorBodySchema]));
}
