import type { SelectQueryBuilder, UpdateQueryBuilder, DeleteQueryBuilder } from "kysely";
import type { Database } from "../../db/types.ts";
import type { Tenant } from "../context.ts";

type TenantTable = {
  [T in keyof Database]: Database[T] extends { organization_id: string; test_mode: boolean } ? T : never;
}[keyof Database];

/**
 * Restricts a query on a tenant table to one tenant. Every core query on tenant data goes through
 * this, so a forgotten filter cannot leak another organization's rows (or test data into live).
 * One overload per builder keeps the query's own table and output types, so `.set()`,
 * `.returning()` and `.execute()` stay typed after it.
 */
export function whereTenant<T extends TenantTable, O>(query: SelectQueryBuilder<Database, T, O>, tenant: Tenant): SelectQueryBuilder<Database, T, O>;
export function whereTenant<T extends TenantTable, O>(query: UpdateQueryBuilder<Database, T, T, O>, tenant: Tenant): UpdateQueryBuilder<Database, T, T, O>;
export function whereTenant<T extends TenantTable, O>(query: DeleteQueryBuilder<Database, T, O>, tenant: Tenant): DeleteQueryBuilder<Database, T, O>;
export function whereTenant(query: TenantFilterable, tenant: Tenant): TenantFilterable {
  return query.where("organization_id", "=", tenant.organizationId).where("test_mode", "=", tenant.testMode);
}

// What the implementation needs of any of the three builders: one untyped column filter.
interface TenantFilterable {
  where(column: "organization_id" | "test_mode", operator: "=", value: string | boolean): TenantFilterable;
}
