/** A truthful User-Agent that names the bot and, when the operator configured one, where to reach them. */
export function buildUserAgent(contactUrl?: string): string {
  return contactUrl ? `OpenProspectBot/0.1 (+${contactUrl})` : "OpenProspectBot/0.1";
}

/** The product token robots.txt groups are matched against. */
export const ROBOTS_AGENT = "OpenProspectBot";
