import { z } from "zod";
import { BUILD_SEARCH_PROFILE_TASK } from "../../core/search-profiles/create.ts";
import { runSearchProfileBuild } from "../../core/search-profiles/run-build.ts";
import { defineTask } from "../task.ts";

/** Builds the prospect search a POST /search-profile-creations asked for. */
export const buildSearchProfileTask = defineTask({
  name: BUILD_SEARCH_PROFILE_TASK,
  queue: { policy: "standard", retryLimit: 3, retryBackoff: true },
  payload: z.object({ profile_creation_id: z.uuid() }).strict(),
  run: (payload, deps) => runSearchProfileBuild(deps.db, payload.profile_creation_id),
});
