import { z } from "zod";

// One map from task name to payload schema: a sender (core) and the task that runs it (src/jobs)
// both read it, so they cannot drift apart.
export const FULFIL_ORDER_TASK = "orders.fulfil";
export const ENRICH_COMPANY_TASK = "orders.enrich-company";
export const DISCOVER_TASK = "orders.discover";
export const BUILD_SEARCH_PROFILE_TASK = "search-profiles.build";
export const DELIVER_WEBHOOK_TASK = "webhooks.deliver";
export const PRUNE_MAINTENANCE_TASK = "maintenance.prune";

export const TASK_CONTRACTS = {
  [FULFIL_ORDER_TASK]: z.object({ order_id: z.uuid() }),
  [ENRICH_COMPANY_TASK]: z.object({ order_id: z.uuid(), order_company_id: z.uuid() }),
  [DISCOVER_TASK]: z.object({ order_id: z.uuid() }),
  [BUILD_SEARCH_PROFILE_TASK]: z.object({ profile_creation_id: z.uuid() }).strict(),
  [DELIVER_WEBHOOK_TASK]: z.object({ event_id: z.uuid(), trigger: z.enum(["automatic", "replay"]).default("automatic") }),
  [PRUNE_MAINTENANCE_TASK]: z.object({}).strict(),
} as const;

export type TaskName = keyof typeof TASK_CONTRACTS;
/** What a sender passes (defaults may be left out). */
export type TaskInput<N extends TaskName> = z.input<(typeof TASK_CONTRACTS)[N]>;
/** What the task receives after parsing. */
export type TaskPayload<N extends TaskName> = z.output<(typeof TASK_CONTRACTS)[N]>;
