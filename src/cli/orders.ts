import type { Command } from "commander";
import { acceptOrder } from "../core/orders/accept.ts";
import { getOrderAsOperator } from "../core/orders/get-as-operator.ts";
import { listOrdersForReview } from "../core/orders/list-for-review.ts";
import { rejectOrder } from "../core/orders/reject.ts";
import { createJobQueue } from "../jobs/queue.ts";
import { startBoss } from "../jobs/boss.ts";
import { readConfig } from "../config.ts";
import { parsePriceListSetting } from "../core/costs/price-list.ts";
import { openDatabase } from "../runtime/open-database.ts";
import { printJson, withDatabase } from "./with-database.ts";

const OPERATOR = { type: "admin" as const, id: null };

export function registerOrderCommands(program: Command): void {
  const orders = program.command("orders").description("Review orders (operators)");
  orders
    .command("review")
    .description("List orders waiting for review (status RECEIVED), oldest first")
    .option("--limit <n>", "page size", "50")
    .action(async (options: { limit: string }) =>
      printJson(await withDatabase((db) => listOrdersForReview(db, { status: "RECEIVED", limit: Number(options.limit), offset: 0 }))),
    );
  orders
    .command("accept <order_id>")
    .description("Accept an order and start its fulfilment")
    .option("--estimated-cost <amount>", "cost estimate shown to the client (default: price list × company count)")
    .action(async (orderId: string, options: { estimatedCost?: string }) => {
      const estimatedCost = options.estimatedCost === undefined ? null : Number(options.estimatedCost);
      printJson(await withJobs(async (database, jobs) => {
        await acceptOrder(database, jobs, { orderId, estimatedCost, actor: OPERATOR, priceDefaults: parsePriceListSetting(readConfig().OPENPROSPECT_PRICE_LIST) });
        return getOrderAsOperator(database, orderId);
      }));
    });
  orders
    .command("reject <order_id>")
    .description("Reject an order with a message for the client")
    .requiredOption("--message <text>", "why the order was rejected")
    .action(async (orderId: string, options: { message: string }) =>
      printJson(await withJobs(async (db, jobs) => {
        await rejectOrder(db, jobs, { orderId, message: options.message, actor: OPERATOR });
        return getOrderAsOperator(db, orderId);
      })),
    );
}

// Accepting enqueues a job, so this command needs pg-boss on the same database (no workers).
async function withJobs<T>(run: (db: Parameters<typeof acceptOrder>[0], jobs: ReturnType<typeof createJobQueue>) => Promise<T>): Promise<T> {
  const database = await openDatabase(readConfig());
  const boss = await startBoss(database.pool, { schedule: false });
  try {
    return await run(database.db, createJobQueue(boss));
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await database.close();
  }
}
