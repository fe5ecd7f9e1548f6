import { createHash } from "node:crypto";
import type { SuppressionKind } from "../../db/types.ts";
import { domainHash } from "../companies/domain-key.ts";
import { foldText } from "../../engine/text/fold.ts";

/** One entry of the suppression list as it is looked up: a kind and the hash of its value. */
export interface SuppressionKey {
  kind: SuppressionKind;
  hash: string;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export function domainKey(domain: string): SuppressionKey {
  return { kind: "domain", hash: domainHash(domain) };
}

export function emailKey(email: string): SuppressionKey {
  return { kind: "email", hash: sha256(email.trim().toLowerCase()) };
}

// A person is their folded name at one company domain: "Jürgen Müller" at a.de is not the one at b.de.
export function personKey(name: string, domain: string): SuppressionKey {
  return { kind: "person", hash: sha256(`${foldText(name)}\u0000${domain.toLowerCase()}`) };
}

/** The keys that would suppress one person: their e-mail, and their name at the company's domain. */
export function keysOfPerson(person: { name: string; email: string | null }, domain: string | null): SuppressionKey[] {
  const keys: SuppressionKey[] = [];
  if (person.email) keys.push(emailKey(person.email));
  if (domain && foldText(person.name)) keys.push(personKey(person.name, domain));
  return keys;
}

export const keyId = (key: SuppressionKey) => `${key.kind}:${key.hash}`;
