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

/**
 * The path-parameter schema of a route with one UUID in its path. Typed by the parameter's name,
 * so handlers read `request.params.<name>` as a string without a cast.
 */
export function UuidParam<Name extends string>(name: Name) {
  const shape = { [name]: z.uuid({ message: "Must be a UUID" }) } as Record<Name, z.ZodUUID>;
  return z.object(shape);
}

/**
 * Error responses every authenticated route may give, for the OpenAPI document. 400 is
 * INVALID_JSON for a malformed body, or BAD_REQUEST for a malformed URL.
 */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorBodySchema> {
  return Object.fromEntries([400, 401, 403, 422, 429, ...statuses].map((status) => [status, ErrorBodySchema]));
}
