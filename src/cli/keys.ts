import type { Command } from "commander";
import { createAdminKey } from "../core/admin-keys/create.ts";
import { createApiKey } from "../core/api-keys/create.ts";
import { listApiKeys } from "../core/api-keys/list.ts";
import { revokeApiKey } from "../core/api-keys/revoke.ts";
import type { Preset, Scope } from "../core/scopes.ts";
import { printJson, withDatabase } from "./with-database.ts";

interface CreateKeyOptions {
  name: string;
  preset?: Preset;
  scopes?: string;
  test?: boolean;
  tier?: "free" | "pro" | "enterprise";
  expiresAt?: string;
}

export function registerKeyCommands(program: Command): void {
  const keys = program.command("keys").description("Manage organization API keys");
  keys
    .command("create <org_id>")
    .description("Create an API key; the key is printed once")
    .requiredOption("--name <name>", "what the key is for")
    .option("--preset <preset>", "orders | read_only | full_access | discovery_partner")
    .option("--scopes <list>", "comma-separated scopes for a custom key")
    .option("--test", "a lnc_test_ key for the organization's test mode")
    .option("--tier <tier>", "rate-limit tier: free | pro | enterprise")
    .option("--expires-at <iso>", "expiry timestamp")
    .action(async (orgId: string, options: CreateKeyOptions) => {
      const scopes = options.scopes?.split(",").map((s) => s.trim()).filter(Boolean) as Scope[] | undefined;
      const input = { name: options.name, preset: options.preset, scopes, test: Boolean(options.test), rate_limit_tier: options.tier, expires_at: options.expiresAt };
      printJson(await withDatabase((db) => createApiKey(db, orgId, input)));
    });
  keys
    .command("list <org_id>")
    .description("List an organization's keys (never the secrets)")
    .action(async (orgId: string) => printJson(await withDatabase((db) => listApiKeys(db, orgId, { limit: 100, offset: 0 }))));
  keys
    .command("revoke <key_id>")
    .description("Revoke a key")
    .action(async (keyId: string) => printJson(await withDatabase((db) => revokeApiKey(db, keyId))));

  program
    .command("admin-keys")
    .description("Manage operator keys")
    .command("create")
    .requiredOption("--name <name>", "who or what uses the key")
    .description("Create an operator (lnc_admin_) key; printed once")
    .action(async (options: { name: string }) => printJson(await withDatabase((db) => createAdminKey(db, options.name))));
}
