import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../deps.ts";
import { registerListAssignedBlacklists } from "../prospect-searches/list-blacklists.ts";
import { registerSetAssignedBlacklists } from "../prospect-searches/set-blacklists.ts";
import { registerGetProspectSearch } from "../prospect-searches/get.ts";
import { registerListProspectSearches } from "../prospect-searches/list.ts";
import { registerUpdateProspectSearch } from "../prospect-searches/update.ts";
import { registerCreateSearchProfile } from "../search-profile-creations/create.ts";
import { registerGetSearchProfileCreation } from "../search-profile-creations/get.ts";
import { registerAddBlacklistEntries } from "./add-entries.ts";
import { registerCreateBlacklist } from "./create.ts";
import { registerDeleteBlacklistEntries } from "./delete-entries.ts";
import { registerDeleteBlacklist } from "./delete.ts";
import { registerGetBlacklist } from "./get.ts";
import { registerListBlacklistEntries } from "./list-entries.ts";
import { registerListBlacklists } from "./list.ts";
import { registerUpdateBlacklist } from "./update.ts";

/** Blacklists, prospect searches (with their blacklist assignments) and search-profile creations. */
export function registerBlacklistRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerCreateBlacklist(app, deps);
  registerListBlacklists(app, deps);
  registerGetBlacklist(app, deps);
  registerUpdateBlacklist(app, deps);
  registerDeleteBlacklist(app, deps);
  registerAddBlacklistEntries(app, deps);
  registerListBlacklistEntries(app, deps);
  registerDeleteBlacklistEntries(app, deps);
  registerListProspectSearches(app, deps);
  registerGetProspectSearch(app, deps);
  registerUpdateProspectSearch(app, deps);
  registerListAssignedBlacklists(app, deps);
  registerSetAssignedBlacklists(app, deps);
  registerCreateSearchProfile(app, deps);
  registerGetSearchProfileCreation(app, deps);
}
