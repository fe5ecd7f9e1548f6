import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../deps.ts";
import { registerCancelOrder } from "./cancel.ts";
import { registerCreateOrder } from "./create.ts";
import { registerGetOrder } from "./get.ts";
import { registerListOrders } from "./list.ts";
import { registerOrderResults } from "./results.ts";

export function registerOrderRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerCreateOrder(app, deps);
  registerListOrders(app, deps);
  registerGetOrder(app, deps);
  registerCancelOrder(app, deps);
  registerOrderResults(app, deps);
}
