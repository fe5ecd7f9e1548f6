import type { SelectQueryBuilder, UpdateQueryBuilder, DeleteQueryBuilder } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Tenant } from "../context.ts";

type TenantTable = {
  [T in keyof Database]: Database[T] extends { organization_id: string; test_mode: boolean } ? T : never;
}[keyof Database];

/**
 * Restricts a query on a tenant table to one tenant. Every core query on tenant data goes through
 * this, so a forgotten filter cannot leak another organization's rows (or test data into live).
 */
// Kysely types generic builders with `any` for the parts a helper does not constrain (its documented pattern).
/* eslint-disable @typescript-eslint/no-explicit-any */
export function whereTenant<QB extends
  | SelectQueryBuilder<Database, TenantTable, any>
  | UpdateQueryBuilder<Database, TenantTable, TenantTable, any>
  | DeleteQueryBuilder<Database, TenantTable, any>>(query: QB, tenant: Tenant): QB {
  return (query as any).where("organization_id", "=", tenant.organizationId).where("test_mode", "=", tenant.testMode) as QB;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
