import { foldText } from "../../engine/text/fold.ts";

// Court names are printed long or short ("Amtsgericht Köln", "AG Köln", "Registergericht Köln"); the
// place is what identifies the register. An authority without such a prefix is compared whole.
const COURT_PREFIX = /^(amtsgericht|registergericht|ag|local court|district court|handelsregister)\s+/;

/** A register entry's comparison key, or null when the court is unknown: a number alone identifies nobody. */
export function registerKey(number: string | null | undefined, court: string | null | undefined): { number: string; court: string } | null {
  const normalizedNumber = number?.replace(/\s+/g, "").toUpperCase();
  const normalizedCourt = court ? foldText(court).replace(COURT_PREFIX, "").trim() : "";
  if (!normalizedNumber || !normalizedCourt) return null;
  return { number: normalizedNumber, court: normalizedCourt };
}

export function sameRegister(a: ReturnType<typeof registerKey>, b: ReturnType<typeof registerKey>): boolean {
  return Boolean(a && b && a.number === b.number && a.court === b.court);
}
