import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { addBlacklistEntries } from "../../../../core/blacklists/add-entries.ts";
import { blacklistEntriesFromCsv } from "../../../../core/blacklists/entries-from-csv.ts";
import { AddEntriesInputSchema, AddEntriesResultSchema } from "../../../../core/blacklists/schemas.ts";
import { decodeCsvBytes } from "../../../../core/company-csv/parse-csv-text.ts";
import type { AppDeps } from "../../../deps.ts";
import "../../../csv-openapi.ts";
import { authDocs, tenantOf, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "api_key", scopes: ["blacklists:write"] };

const CSV_UPLOAD =
  "A CSV file (`Content-Type: text/csv`, UTF-8 or Windows-1252 via `charset`, separated by comma, semicolon or tab, with a header row) " +
  "is read as the same bulk add: columns are found by header name — company_name: Firma, Firmenname, Unternehmen, Company, Name; " +
  "website_url: Website, Webseite, URL, Domain, Homepage; city: Ort, Stadt, City; country: Land, Country; external_id: ID, External ID, Kundennummer. " +
  "Each data row is one entry (invalid_entries index from 0, the header not counted); other columns are ignored.";

export function registerAddBlacklistEntries(app: FastifyInstance, deps: AppDeps): void {
  // Own scope: the CSV body parser answers only here (company imports stream their text/csv bodies).
  void app.register(async (scope) => {
    scope.addContentTypeParser("text/csv", { parseAs: "buffer" }, (request, body, done) => {
      const charset = /charset=([^;]+)/i.exec(request.headers["content-type"] ?? "")?.[1]?.trim();
      try {
        done(null, blacklistEntriesFromCsv(decodeCsvBytes(body as Buffer, charset)));
      } catch (error) {
        done(error as Error, undefined);
      }
    });
    scope.withTypeProvider<ZodTypeProvider>().post("/api/v1/blacklists/:id/entries", {
      config: { auth, csvRequest: CSV_UPLOAD },
      schema: {
        tags: ["Blacklists"],
        summary: "Add entries in bulk (up to 10,000 per request; JSON or CSV)",
        ...authDocs(auth),
        description: `${authDocs(auth).description} Invalid entries are reported with their index and reason and skipped; duplicates are counted, not stored. ${CSV_UPLOAD}`,
        params: UuidParam("id"),
        body: AddEntriesInputSchema,
        response: { 200: AddEntriesResultSchema, ...errorResponses(404) },
      },
      handler: async (request) => addBlacklistEntries(deps.db, tenantOf(request), request.params.id, request.body),
    });
  });
}
