import type { z } from "zod";
import type { JobFacts } from "../../../types.ts";
import { buildJobFact, type JobFactInput } from "../job-fact.ts";

/** What one ATS parser needs besides the feed body. */
export interface FeedContext {
  ats: string;
  account: string;
  feedUrl: string;
}

export interface AtsFeed {
  ats: string;
  /** Default base; `{account}` is replaced by the board account. */
  defaultBase: string;
  path(account: string): string;
  parse(body: string, context: FeedContext): JobFacts[];
}

/** A posting read from an ATS feed: the feed is its source, and a structured feed is strong evidence. */
export function feedJobFact(context: FeedContext, fields: Omit<JobFactInput, "sourceUrl" | "source" | "method" | "confidence" | "ats">): JobFacts {
  return buildJobFact({ ...fields, sourceUrl: context.feedUrl, source: "ats", method: "ats_feed", confidence: 0.95, ats: context.ats });
}

/** Items of a feed, each validated on its own so one odd posting does not discard the rest. */
export function validItems<T>(items: unknown, schema: z.ZodType<T>): T[] {
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** JSON.parse that gives null instead of throwing on a malformed body. */
export function parseJsonBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

export const joinPlace = (...parts: (string | null | undefined)[]): string | null => {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => Boolean(p));
  return kept.length ? [...new Set(kept)].join(", ") : null;
};
