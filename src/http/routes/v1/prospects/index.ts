import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../deps.ts";
import { registerListProspects } from "./list.ts";
import { registerGetProspect } from "./get.ts";
import { registerCreateErasureRequest } from "./create-erasure-request.ts";

export function registerProspectRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerListProspects(app, deps);
  registerGetProspect(app, deps);
  registerCreateErasureRequest(app, deps);
}
