import { Command } from "commander";
import { readConfig } from "./config.ts";
import { DataDirectoryLockedError } from "./db/embedded.ts";
import { registerKeyCommands } from "./cli/keys.ts";
import { registerOrgCommands } from "./cli/orgs.ts";
import { registerOrderCommands } from "./cli/orders.ts";
import { withDatabase } from "./cli/with-database.ts";
import { registerImportCommand } from "./cli/import.ts";
import { registerEnrichCommand } from "./cli/enrich/command.ts";

// The server (fastify, every route, the crawl engine) is loaded only by the commands that run it: an
// import or an admin command does not carry ≈70 MB of modules it never calls (bench/imports/README.md).
async function runServer(...args: Parameters<typeof import("./cli/serve.ts").runServer>): Promise<void> {
  const { runServer: run } = await import("./cli/serve.ts");
  return run(...args);
}

const program = new Command("openprospect").description("OpenProspect API server, workers and administration");

program
  .command("serve")
  .description("API and workers in one process (embedded database unless DATABASE_URL is set)")
  .option("--concurrency <n>", "jobs processed at once per task", "2")
  .action((options: { concurrency: string }) => runServer(readConfig(), { api: true, workers: true, concurrency: Number(options.concurrency) }));
program
  .command("api")
  .description("Only the HTTP API (for deployments on a shared PostgreSQL)")
  .action(() => runServer(readConfig(), { api: true, workers: false }));
program
  .command("worker")
  .description("Only the job workers (run any number, on any machine, against one PostgreSQL)")
  .option("--concurrency <n>", "jobs processed at once per task", "2")
  .action((options: { concurrency: string }) => runServer(readConfig(), { api: false, workers: true, concurrency: Number(options.concurrency) }));
program
  .command("migrate")
  .description("Apply pending database migrations")
  .action(async () => {
    await withDatabase(async () => undefined);
    process.stdout.write("Migrations are up to date.\n");
  });
registerOrgCommands(program);
registerKeyCommands(program);
registerOrderCommands(program);
registerImportCommand(program);
registerEnrichCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  const message = error instanceof DataDirectoryLockedError ? error.message : `Error: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
