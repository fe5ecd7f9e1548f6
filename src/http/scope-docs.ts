import type { Scope } from "../core/scopes.ts";

// What each scope lets a key do, for the bearer scheme's `x-scopes` map. OpenAPI 3.1 lets a non-OAuth
// security requirement list role names (here: scopes) but gives http schemes no place to declare
// them; `x-scopes` is that place, and the committed Spectral ruleset checks every operation against it.
export const SCOPE_DESCRIPTIONS: Record<Scope, string> = {
  "orders:read": "Read orders, their status and results",
  "orders:write": "Create, update and cancel orders",
  "companies:read": "Read companies, their jobs and technologies",
  "prospects:read": "Read prospects (people at delivered companies)",
  "prospect_searches:read": "Read prospect searches and their assigned blacklists",
  "prospect_searches:write": "Create and change prospect searches, assign blacklists, set review status",
  "blacklists:read": "Read blacklists and their entries",
  "blacklists:write": "Create and change blacklists and their entries",
  "deliveries:read": "Read the delivery feed, webhook destinations and their events",
  "deliveries:write": "Manage webhook destinations, replay events, resume destinations",
};
