import type { Command } from "commander";
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import { createCompanyImport } from "../core/company-imports/create.ts";
import { FORMAT_CONTENT_TYPES, NDJSON } from "../core/company-imports/formats/index.ts";
import { getCompanyImport } from "../core/company-imports/get.ts";
import { runCompanyImport } from "../core/company-imports/run.ts";
import { CreateImportQuerySchema, type CompanyImport, type CreateImportQuery } from "../core/company-imports/schemas.ts";
import { printJson, withDatabase } from "./with-database.ts";

const PROGRESS_INTERVAL_MS = 10_000;

interface ImportOptions {
  format: string;
  source: string;
  country?: string;
  api?: string;
  adminKey?: string;
}

export function registerImportCommand(program: Command): void {
  program
    .command("import <file>")
    .description("Import open company data into the discovery index: through a running server's admin API (--api), or directly on the database")
    .requiredOption("--format <format>", "generic | companies_house | gleif | osm")
    .requiredOption("--source <name>", "dataset name; rows are identified by (source, source_id) across imports")
    .option("--country <code>", "ISO country for rows that state none")
    .option("--api <url>", "base URL of a running server (else OPENPROSPECT_API_URL; without either, the database is opened directly)")
    .option("--admin-key <key>", "operator key for --api (else OPENPROSPECT_ADMIN_KEY)")
    .action(async (file: string, options: ImportOptions) => {
      const query = CreateImportQuerySchema.parse({ format: options.format, source: options.source, country: options.country });
      const contentType = /\.(nd)?jsonl?$/i.test(file) && query.format === "generic" ? NDJSON : FORMAT_CONTENT_TYPES[query.format][0]!;
      const api = options.api ?? process.env.OPENPROSPECT_API_URL;
      const result = api ? await importThroughApi(api, options.adminKey ?? process.env.OPENPROSPECT_ADMIN_KEY, file, query, contentType) : await importDirectly(file, query, contentType);
      printJson(result);
      if (result.status === "FAILED") process.exitCode = 1;
    });
}

async function importDirectly(file: string, query: CreateImportQuery, contentType: string): Promise<CompanyImport> {
  return withDatabase(async (db) => {
    const created = await createCompanyImport(db, query, contentType);
    // The same progress line as through the API, so a long import on the database shows it is alive.
    const ticker = setInterval(() => {
      getCompanyImport(db, created.import_id).then(
        (current) => process.stderr.write(`${current.status}: ${current.rows_read} rows read\n`),
        () => undefined,
      );
    }, PROGRESS_INTERVAL_MS);
    try {
      await runCompanyImport(db, created.import_id, createReadStream(file));
    } finally {
      clearInterval(ticker);
    }
    return getCompanyImport(db, created.import_id);
  });
}

async function importThroughApi(api: string, adminKey: string | undefined, file: string, query: CreateImportQuery, contentType: string): Promise<CompanyImport> {
  if (!adminKey) throw new Error("--api needs an operator key: --admin-key or OPENPROSPECT_ADMIN_KEY");
  const headers = { authorization: `Bearer ${adminKey}` };
  const url = new URL("/api/admin/v1/company-imports", api);
  for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value);
  const response = await fetch(url, {
    method: "POST",
    headers: { ...headers, "content-type": contentType },
    body: Readable.toWeb(createReadStream(file)) as ReadableStream,
    duplex: "half",
  } as RequestInit);
  const accepted = (await response.json()) as { import_id?: string; message?: string };
  if (response.status !== 202 || !accepted.import_id) throw new Error(`The server refused the import (${response.status}): ${accepted.message ?? ""}`);
  for (;;) {
    const current = (await (await fetch(new URL(`/api/admin/v1/company-imports/${accepted.import_id}`, api), { headers })).json()) as CompanyImport;
    if (current.status === "SUCCEEDED" || current.status === "FAILED") return current;
    process.stderr.write(`${current.status}: ${current.rows_read} rows read\n`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
