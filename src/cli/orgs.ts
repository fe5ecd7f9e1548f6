import type { Command } from "commander";
import { createOrganization } from "../core/organizations/create.ts";
import { listOrganizations } from "../core/organizations/list.ts";
import { printJson, withDatabase } from "./with-database.ts";

export function registerOrgCommands(program: Command): void {
  const orgs = program.command("orgs").description("Manage organizations");
  orgs
    .command("create <name>")
    .description("Create an organization")
    .action(async (name: string) => printJson(await withDatabase((db) => createOrganization(db, { name }))));
  orgs
    .command("list")
    .description("List organizations")
    .option("--limit <n>", "page size", "100")
    .option("--offset <n>", "rows to skip", "0")
    .action(async (options: { limit: string; offset: string }) =>
      printJson(await withDatabase((db) => listOrganizations(db, { limit: Number(options.limit), offset: Number(options.offset) }))),
    );
}
