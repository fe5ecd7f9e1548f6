import type { ObservationMethod, RoleClass } from "../../types.ts";
import type { ParsedName } from "./person-name.ts";

/** One sighting of a person on one page, before sightings of the same person are merged. */
export interface PersonCandidate extends ParsedName {
  role: string | null;
  roleClass: RoleClass;
  email: string | null;
  phone: string | null;
  linkedinUrl: string | null;
  method: ObservationMethod;
  sourceUrl: string;
  confidence: number;
}
