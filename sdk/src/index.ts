export { createOpenProspect, type OpenProspect, type OpenProspectOptions } from "./client.ts";
export { OpenProspectError } from "./errors.ts";
export type { ListItem, ListParams, ListPath } from "./pagination.ts";
export { retryDelayMs, type FetchFunction, type RetryOptions } from "./retrying-fetch.ts";
export { FINAL_ORDER_STATUSES, WaitForOrderTimeoutError, type Order, type OrderStatus, type WaitForOrderOptions } from "./wait-for-order.ts";
export { verifyWebhook, WebhookVerificationError, type VerifyWebhookInput } from "./webhooks.ts";
export type { components, operations, paths } from "./generated/openapi.ts";
