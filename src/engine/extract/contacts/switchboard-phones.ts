import type { PersonFacts } from "../../types.ts";

const digits = (phone: string): string => phone.replace(/\D/g, "").replace(/^0+/, "");

/**
 * People's phones without the company's switchboard: a main number that team cards give to several people
 * ("contact reception on …") reaches reception, not them. A sole owner whose own line is the main number
 * keeps it, since nobody else shares it.
 */
export function withoutSwitchboardPhones(people: PersonFacts[], companyPhones: string[]): PersonFacts[] {
  const main = new Set(companyPhones.map(digits));
  const holders = new Map<string, number>();
  for (const person of people) if (person.phone) holders.set(digits(person.phone), (holders.get(digits(person.phone)) ?? 0) + 1);
  return people.map((person) => {
    if (!person.phone) return person;
    const key = digits(person.phone);
    return main.has(key) && (holders.get(key) ?? 0) >= 2 ? { ...person, phone: null } : person;
  });
}
