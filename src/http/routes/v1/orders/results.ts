import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { Readable } from "node:stream";
import { stringify } from "csv-stringify";
import { OrderResultSchema, OrderResultsQuerySchema } from "../../../../core/orders/result-schemas.ts";
import { listOrderResults } from "../../../../core/orders/results.ts";
import { orderResultCsvRecords, RESULT_CSV_COLUMNS, CSV_PROSPECTS } from "../../../../core/orders/results-csv.ts";
import type { AppDeps } from "../../../deps.ts";
import "../../../csv-openapi.ts";
import { prefersCsv } from "../../../prefers-csv.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { cursorPageSchema, errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["orders:read"] };

export const RESULTS_CSV_DESCRIPTION =
  `With \`Accept: text/csv\` the answer is the whole order as CSV (UTF-8, comma, header row; \`limit\`, \`offset\` and \`cursor\` are ignored, \`status\` filters): ` +
  `one row per company, then the first ${CSV_PROSPECTS} prospects as columns. Columns: ${RESULT_CSV_COLUMNS.slice(0, RESULT_CSV_COLUMNS.indexOf("prospect_1_full_name")).join(", ")}, ` +
  `prospect_N_full_name, prospect_N_title, prospect_N_role_class, prospect_N_email, prospect_N_email_status, prospect_N_phone, prospect_N_linkedin_url (N = 1…${CSV_PROSPECTS}).`;

export function registerOrderResults(app: FastifyInstance, deps: AppDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get("/api/v1/orders/:order_id/results", {
    config: { auth, csvResponse: RESULTS_CSV_DESCRIPTION },
    schema: {
      tags: ["Orders"],
      summary: "Get enriched results (companies with contacts)",
      description: RESULTS_CSV_DESCRIPTION,
      ...authDocs(auth),
      params: UuidParam("order_id"),
      querystring: OrderResultsQuerySchema,
      response: { 200: cursorPageSchema(OrderResultSchema), ...errorResponses(404) },
    },
    handler: async (request, reply) => {
      const orderId = request.params.order_id;
      if (!prefersCsv(request.headers.accept)) return listOrderResults(deps.db, tenantOf(request), orderId, request.query);
      const records = await orderResultCsvRecords(deps.db, tenantOf(request), orderId, request.query.status);
      const csv = Readable.from(records).pipe(stringify({ header: true, columns: RESULT_CSV_COLUMNS }));
      // A stream is sent as it is (fastify serializes only objects); the JSON schema does not apply to it.
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="order-${orderId}-results.csv"`).send(csv as never);
    },
  });
}
