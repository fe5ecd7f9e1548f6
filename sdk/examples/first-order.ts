import { createOpenProspect } from "@openprospect/sdk";

const client = createOpenProspect({ baseUrl: "http://127.0.0.1:8080", apiKey: process.env.OPENPROSPECT_API_KEY! });

const { data: order, error } = await client.api.POST("/api/v1/orders", {
  body: { order_type: "ENRICHMENT", companies: [{ company_name: "Example GmbH", website_url: "https://www.example.de" }] },
});
if (error) throw new Error(`${error.code}: ${error.message}`);

// RECEIVED until the operator accepts it (test keys: at once); then it runs to COMPLETED.
const done = await client.waitForOrder(order.order_id, {
  onProgress: ({ status, progress }) => console.log(status, `${progress.processed}/${progress.total}`),
});
for await (const row of client.list("/api/v1/orders/{order_id}/results", { path: { order_id: done.order_id } })) {
  console.log(row.status, row.company?.name, row.company?.email, row.prospects.length, "people");
}
