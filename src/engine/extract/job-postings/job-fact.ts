import type { EmploymentType, JobFacts, ObservationMethod } from "../../types.ts";

export interface JobFactInput {
  title: string;
  sourceUrl: string;
  source: JobFacts["source"];
  method: ObservationMethod;
  confidence: number;
  location?: string | null;
  employmentTypes?: EmploymentType[];
  department?: string | null;
  url?: string | null;
  ats?: string | null;
  postedAt?: string | null;
}

/** One JobFacts record with its provenance; every extractor builds jobs through here. */
export function buildJobFact(input: JobFactInput): JobFacts {
  const types = input.employmentTypes ?? [];
  return {
    title: input.title,
    location: input.location ?? null,
    employment_type: types[0] ?? null,
    employment_types: types,
    department: input.department ?? null,
    url: input.url ?? null,
    source: input.source,
    ats: input.ats ?? null,
    posted_at: input.postedAt ?? null,
    provenance: { sourceUrl: input.sourceUrl, method: input.method, confidence: input.confidence },
  };
}
