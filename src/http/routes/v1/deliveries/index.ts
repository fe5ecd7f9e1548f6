import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../../../deps.ts";
import { registerDeliveryFeed } from "./feed.ts";
import { registerCreateDestination } from "./create-destination.ts";
import { registerListDestinations } from "./list-destinations.ts";
import { registerGetDestination } from "./get-destination.ts";
import { registerDeleteDestination } from "./delete-destination.ts";
import { registerDestinationEvents } from "./destination-events.ts";
import { registerReplayEvent } from "./replay-event.ts";
import { registerResumeDestination } from "./resume-destination.ts";

export function registerDeliveryRoutes(app: FastifyInstance, deps: AppDeps): void {
  registerDeliveryFeed(app, deps);
  registerCreateDestination(app, deps);
  registerListDestinations(app, deps);
  registerGetDestination(app, deps);
  registerDeleteDestination(app, deps);
  registerDestinationEvents(app, deps);
  registerReplayEvent(app, deps);
  registerResumeDestination(app, deps);
}
