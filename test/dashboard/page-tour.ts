import type { Locator, Page } from "playwright-core";
import type { SeededData } from "./seed.ts";

/** One dashboard page: how to reach it and what shows that its data (not "Loading…") is on screen. */
export interface TourStop {
  /** File name of its screenshot, and the name in test messages. */
  name: string;
  /** The hash route, e.g. /orders. */
  route: string;
  heading: string | RegExp;
  content: (page: Page) => Locator;
  /** Done after the content shows (open a result, paste a CSV): the state worth a look. */
  then?: (page: Page) => Promise<void>;
}

const NEW_ORDER_CSV = "company_name,website,crm id\nHolzbau Lindner,holzbau-lindner.de,CRM-1\nBroken Row,not a website,CRM-2";

/** Every page a client's key reaches, with the seeded data on it. */
export function clientTour(seed: SeededData): TourStop[] {
  return [
    { name: "orders", route: "/orders", heading: "Orders", content: (p) => p.getByRole("link", { name: "Fixture companies" }) },
    {
      name: "new-order-preview",
      route: "/orders/new",
      heading: "New enrichment order",
      content: (p) => p.getByLabel("Title"),
      then: async (p) => {
        await p.getByLabel("…or paste CSV").fill(NEW_ORDER_CSV);
        await p.getByText("1 row with errors", { exact: false }).waitFor();
      },
    },
    {
      name: "order-result-provenance",
      route: `/orders/${seed.orderId}`,
      heading: "Order Fixture companies",
      content: (p) => p.getByRole("button", { name: "Open result 1" }),
      then: async (p) => {
        await p.getByRole("button", { name: "Open result 1" }).click();
        await p.getByLabel("Source of Legal name").click();
        await p.locator("details.source[open] a").first().waitFor();
      },
    },
    { name: "prospect-searches", route: "/searches", heading: "Prospect searches", content: (p) => p.getByRole("region", { name: "Prospect searches" }) },
    { name: "prospect-search-detail", route: `/searches/${seed.searchId}`, heading: /^Prospect search ./, content: (p) => p.getByRole("heading", { name: "How the ICP was read" }) },
    { name: "lead-inbox", route: `/inbox?search=${seed.searchId}`, heading: "Lead inbox", content: (p) => p.getByRole("region", { name: "Companies to review" }).or(p.getByText("No companies with this review status.")) },
    { name: "blacklists", route: "/blacklists", heading: "Blacklists", content: (p) => p.getByRole("link", { name: "Existing customers" }) },
    { name: "blacklist-detail", route: `/blacklists/${seed.blacklistId}`, heading: "Blacklist Existing customers", content: (p) => p.getByRole("region", { name: "Blacklist entries" }) },
    { name: "deliveries", route: `/deliveries?search=${seed.searchId}`, heading: "Deliveries", content: (p) => p.getByRole("region", { name: "Webhook destinations" }) },
  ];
}

/** Every page an operator's key reaches. */
export function operatorTour(seed: SeededData): TourStop[] {
  return [
    { name: "operator-review-queue", route: "/review", heading: "Review queue", content: (p) => p.getByRole("row", { name: /Trade fair contacts/ }) },
    { name: "operator-organizations", route: "/organizations", heading: "Organizations", content: (p) => p.getByRole("link", { name: "Sales Ops Ltd" }) },
    { name: "operator-organization-keys", route: `/organizations/${seed.organizationId}`, heading: "Organization Sales Ops Ltd", content: (p) => p.getByRole("region", { name: "API keys" }) },
    { name: "operator-imports", route: "/imports", heading: "Company imports", content: (p) => p.getByRole("row", { name: /seeded-companies/ }).getByText("SUCCEEDED") },
    { name: "operator-erasure-suppression", route: "/privacy", heading: "Erasure and suppression", content: (p) => p.getByRole("region", { name: "Suppressions", exact: true }) },
    { name: "operator-metrics", route: "/metrics", heading: "Metrics and webhook health", content: (p) => p.getByRole("region", { name: "Jobs by task and state" }) },
  ];
}

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Opens a stop and waits until its data is on screen, nothing says "Loading…" and the network is quiet. */
export async function visit(page: Page, origin: string, stop: TourStop): Promise<void> {
  await page.goto(`${origin}/app/#${stop.route}`);
  await page.getByRole("heading", { level: 1, name: stop.heading }).waitFor();
  await stop.content(page).first().waitFor({ timeout: 30_000 });
  await stop.then?.(page);
  await page.getByText("Loading…").waitFor({ state: "detached" });
  await page.waitForLoadState("networkidle");
}
