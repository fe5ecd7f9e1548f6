import type { PersonFacts } from "../../types.ts";
import { representativeClass } from "./representative-class.ts";

const LEADERSHIP = new Set(["owner", "managing_director", "executive"]);

/**
 * In a sole proprietorship nobody else can be responsible for the content: when the only
 * responsible person is the content-responsible one and the business is not incorporated, they own it.
 */
export function promoteSoleOwner(people: PersonFacts[], legalContext: string): PersonFacts[] {
  if (people.some((p) => LEADERSHIP.has(p.role_class))) return people;
  const responsible = people.filter((p) => p.role_class === "content_responsible");
  if (responsible.length !== 1 || representativeClass(legalContext) !== "owner") return people;
  return people.map((p) => (p === responsible[0] ? { ...p, role_class: "owner" } : p));
}
