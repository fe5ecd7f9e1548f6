import { BUILD_SEARCH_PROFILE_TASK } from "../../core/queue/task-contracts.ts";
import { runSearchProfileBuild } from "../../core/search-profiles/run-build.ts";
import { defineTask } from "../task.ts";

/** Builds the prospect search a POST /search-profile-creations asked for. */
export const buildSearchProfileTask = defineTask({
  name: BUILD_SEARCH_PROFILE_TASK,
  queue: { policy: "standard", retryLimit: 3, retryBackoff: true },
  run: (payload, deps) => runSearchProfileBuild(deps.db, payload.profile_creation_id),
});
