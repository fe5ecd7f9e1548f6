import { z } from "zod";
import { mergeIcpIndustries, readIcp, readIcpIndustries, type IcpReading } from "../../engine/industry/index.ts";

const NaceCodeSchema = z.string().regex(/^([A-U]|\d{2}(\.\d{1,2})?)$/, "Must be a NACE Rev. 2 code: a section letter (M), a division (69) or a finer code (69.20)");

export const IcpReadingSchema = z
  .object({
    industries: z.object({
      include: z.array(NaceCodeSchema).max(100),
      exclude: z.array(NaceCodeSchema).max(100),
      matched: z.array(z.object({ term: z.string().max(200), code: NaceCodeSchema, excluded: z.boolean() })).max(200).default([]),
    }),
    countries: z.array(z.string().regex(/^[A-Z]{2}$/, "Must be an ISO 3166-1 alpha-2 code")).max(100),
    excluded_countries: z.array(z.string().regex(/^[A-Z]{2}$/, "Must be an ISO 3166-1 alpha-2 code")).max(100).default([]),
    regions: z.array(z.object({ name: z.string().max(200), country: z.string().regex(/^[A-Z]{2}$/) })).max(100),
    cities: z.array(z.string().trim().min(1).max(200)).max(200),
    postal_code_prefixes: z.array(z.string().regex(/^[A-Z0-9]{1,8}$/, "Letters and digits, e.g. 80 or SW1")).max(200),
    size: z.object({ min: z.number().int().min(0).nullable(), max: z.number().int().min(0).nullable(), text: z.string().max(200).default("") }).nullable(),
  })
  .meta({ id: "IcpReading" })
  .describe("How the ICP was read: target and excluded industries as NACE codes, places, postal-code areas and size. Derived on create/update; PATCH may correct it.");

export type IcpReadingBody = z.infer<typeof IcpReadingSchema>;

export interface IcpSources {
  ideal_customer_profile?: string | null;
  target_industries?: readonly string[];
  excluded_industries?: readonly string[];
  target_countries?: readonly string[];
  target_cities?: readonly string[];
}

/** The fields a reading is derived from; changing one of them derives it again. */
export const ICP_SOURCE_FIELDS = ["ideal_customer_profile", "target_industries", "excluded_industries", "target_countries", "target_cities"] as const;

/**
 * Reads the profile's free text and merges its lists: each listed target industry is read as an
 * industry name (weaker words count), each excluded one as an exclusion, listed countries and cities join.
 */
export function readProspectSearchIcp(fields: IcpSources): IcpReading {
  const reading = readIcp(fields.ideal_customer_profile ?? "");
  const listed = (fields.target_industries ?? []).map((term) => readIcpIndustries(term, { minWeight: 0.5 }));
  const excluded = (fields.excluded_industries ?? []).map((term) => {
    const read = readIcpIndustries(term, { minWeight: 0.5 });
    return { ...read, matched: read.matched.map((m) => ({ ...m, excluded: true })) };
  });
  const industries = mergeIcpIndustries(reading.industries, ...listed, ...excluded);
  const countries = [...new Set([...reading.countries, ...(fields.target_countries ?? [])])].filter((c) => !reading.excluded_countries.includes(c));
  return { ...reading, industries, countries, cities: [...new Set([...reading.cities, ...(fields.target_cities ?? [])])] };
}
