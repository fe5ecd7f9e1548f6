import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Readable } from "node:stream";
import { z } from "zod";
import { createCompanyImport } from "../../../../core/company-imports/create.ts";
import { CSV, JSON_TYPE, NDJSON } from "../../../../core/company-imports/formats/index.ts";
import { getCompanyImport } from "../../../../core/company-imports/get.ts";
import { listCompanyImports } from "../../../../core/company-imports/list.ts";
import { BackgroundImports } from "../../../../core/company-imports/run-in-background.ts";
import { CompanyImportSchema, CreateImportQuerySchema } from "../../../../core/company-imports/schemas.ts";
import { PageQuerySchema } from "../../../../core/pagination.ts";
import type { AppDeps } from "../../../deps.ts";
import { authDocs, type RouteAuth } from "../../../route-auth.ts";
import { errorResponses, pageSchema, UuidParam } from "../../../schemas.ts";

const auth: RouteAuth = { kind: "admin" };

/** Company index imports. Bodies are streams (files of any size), so this scope reads them raw. */
export function registerCompanyImportRoutes(app: FastifyInstance, deps: AppDeps): void {
  const imports = new BackgroundImports(deps.db);
  app.addHook("onClose", () => imports.drain());
  void app.register(async (scope) => {
    scope.removeContentTypeParser("application/json");
    scope.addContentTypeParser([CSV, NDJSON, JSON_TYPE], (_request, payload, done) => done(null, payload));
    const typed = scope.withTypeProvider<ZodTypeProvider>();
    typed.post("/api/admin/v1/company-imports", {
      config: { auth },
      schema: {
        tags: ["Admin"],
        summary: "Import open company data into the discovery index (streamed body: text/csv, application/x-ndjson or Overpass application/json)",
        ...authDocs(auth),
        querystring: CreateImportQuerySchema,
        response: { 202: z.object({ import_id: z.uuid(), status: CompanyImportSchema.shape.status }), ...errorResponses(415, 422) },
      },
      handler: async (request, reply) => {
        const mediaType = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
        const created = await createCompanyImport(deps.db, request.query, mediaType);
        await imports.accept(created.import_id, request.body as Readable);
        return reply.code(202).send({ import_id: created.import_id, status: created.status });
      },
    });
  });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get("/api/admin/v1/company-imports/:import_id", {
    config: { auth },
    schema: { tags: ["Admin"], summary: "An import's status, counts and first errors", ...authDocs(auth), params: UuidParam("import_id"), response: { 200: CompanyImportSchema, ...errorResponses(404) } },
    handler: async (request) => getCompanyImport(deps.db, request.params.import_id),
  });
  typed.get("/api/admin/v1/company-imports", {
    config: { auth },
    schema: { tags: ["Admin"], summary: "Company imports, newest first", ...authDocs(auth), querystring: PageQuerySchema, response: { 200: pageSchema(CompanyImportSchema), ...errorResponses() } },
    handler: async (request) => listCompanyImports(deps.db, request.query),
  });
}
