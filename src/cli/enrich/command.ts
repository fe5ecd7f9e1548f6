import type { Command } from "commander";
import { createApiClient, type ApiClient } from "./api-client.ts";
import { createProgressReporter, type OrderProgressView } from "./progress-bar.ts";
import { readEnrichInput } from "./read-input.ts";
import { writeEnrichedCsv } from "./write-output.ts";

const TERMINAL = new Set(["COMPLETED", "REJECTED", "FAILED", "CANCELLED"]);
const MAX_COMPANIES = 10_000;

interface EnrichOptions {
  out: string;
  features?: string;
  title?: string;
  api: string;
  key?: string;
  pollMs: string;
}

interface OrderView extends OrderProgressView {
  order_id: string;
  message: string;
  actual_cost: number | null;
}

export function registerEnrichCommand(program: Command): void {
  program
    .command("enrich <input>")
    .description("Enrich a CSV of companies (columns found by header name, German or English) through the API; writes the file back with company and prospect columns")
    .requiredOption("--out <file>", "where to write the enriched CSV")
    .option("--features <list>", "comma-separated, e.g. COMPANY_DATA,CONTACTS (default: all)")
    .option("--title <text>", "order title (default: the input file name)")
    .option("--api <url>", "API base URL", process.env.OPENPROSPECT_API_URL ?? `http://127.0.0.1:${process.env.PORT ?? "8080"}`)
    .option("--key <key>", "API key (default: $OPENPROSPECT_API_KEY)")
    .option("--poll-ms <ms>", "how often the order's progress is read", "2000")
    .action(async (inputPath: string, options: EnrichOptions) => {
      const key = options.key ?? process.env.OPENPROSPECT_API_KEY;
      if (!key) throw new Error("an API key is needed: --key or OPENPROSPECT_API_KEY");
      await runEnrich(inputPath, options, createApiClient(options.api, key));
    });
}

export async function runEnrich(inputPath: string, options: EnrichOptions, api: ApiClient): Promise<void> {
  const input = await readEnrichInput(inputPath);
  if (!input.companies.length) throw new Error(`${inputPath}: no row has a company name or website`);
  if (input.companies.length > MAX_COMPANIES) throw new Error(`${inputPath}: ${input.companies.length} companies; one order takes at most ${MAX_COMPANIES}, split the file`);
  const mapped = Object.entries(input.columns).map(([field, header]) => `${field} ← "${header}"`).join(", ");
  process.stderr.write(`Read ${input.companies.length} companies (${mapped})${input.unusable.size ? `; ${input.unusable.size} rows without name or website left out` : ""}\n`);
  const features = options.features?.split(",").map((f) => f.trim().toUpperCase()).filter(Boolean);
  const created = await api.json<{ order_id: string }>("POST", "/api/v1/orders", {
    order_type: "ENRICHMENT",
    title: options.title ?? inputPath.split(/[\\/]/).pop(),
    ...(features?.length ? { features } : {}),
    companies: input.companies,
  });
  process.stderr.write(`Order ${created.order_id} placed\n`);
  const order = await waitForOrder(api, created.order_id, Number(options.pollMs));
  if (order.status !== "COMPLETED") throw new Error(`order ${order.order_id} ended ${order.status}: ${order.message}`);
  const resultsCsv = await api.text(`/api/v1/orders/${order.order_id}/results`, "text/csv");
  const { rows } = await writeEnrichedCsv(options.out, input, resultsCsv);
  const cost = order.actual_cost === null ? "" : `, cost ${order.actual_cost.toFixed(2)}`;
  process.stderr.write(`${order.message} ${order.progress.succeeded ?? 0} of ${order.progress.total} enriched${cost}; ${rows} rows written to ${options.out}\n`);
}

async function waitForOrder(api: ApiClient, orderId: string, pollMs: number): Promise<OrderView> {
  const progress = createProgressReporter();
  let toldAboutReview = false;
  try {
    for (;;) {
      const order = await api.json<OrderView>("GET", `/api/v1/orders/${orderId}`);
      progress.update(order);
      if (TERMINAL.has(order.status)) return order;
      if (order.status === "RECEIVED" && !toldAboutReview) {
        process.stderr.write("The order waits for the operator's review (accept it in the admin API or with `openprospect orders accept`)\n");
        toldAboutReview = true;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    progress.done();
  }
}
