import { JSONParser } from "@streamparser/json";
import { buildImportRecord } from "../build-record.ts";
import type { FormatReader, ReadRow, ReaderOptions } from "../import-record.ts";
import { naceCodesOfOsmTags } from "./osm-tags-to-nace.ts";

interface OsmElement {
  type?: string;
  id?: number;
  tags?: Record<string, string>;
}

/**
 * OpenStreetMap elements as Overpass API JSON (`[out:json]; … out center tags;`), streamed element
 * by element. The "line" of an element is its position in `elements` (1-based).
 */
export const readOsm: FormatReader = async function* (input, options) {
  const parser = new JSONParser({ paths: ["$.elements.*"], keepStack: false });
  const ready: ReadRow[] = [];
  let position = 0;
  parser.onValue = ({ value }) => {
    position += 1;
    ready.push(toRow(position, value as OsmElement, options));
  };
  for await (const chunk of input) {
    parser.write(chunk);
    while (ready.length) yield ready.shift()!;
  }
  if (!parser.isEnded) parser.end();
  while (ready.length) yield ready.shift()!;
};

function toRow(line: number, element: OsmElement, options: ReaderOptions): ReadRow {
  if (!element || typeof element !== "object" || !element.tags || typeof element.tags !== "object") return { line, error: "element without tags" };
  const tags = element.tags;
  const { business, codes } = naceCodesOfOsmTags(tags);
  if (!business) return { line, error: "not a business: no shop, craft, office, healthcare or business amenity/tourism tag" };
  const built = buildImportRecord(
    {
      sourceId: element.type && element.id !== undefined ? `${element.type}/${element.id}` : null,
      name: tags.name,
      website: tags.website ?? tags["contact:website"] ?? tags.url,
      street: [tags["addr:street"], tags["addr:housenumber"]].filter(Boolean).join(" "),
      postalCode: tags["addr:postcode"],
      city: tags["addr:city"],
      country: tags["addr:country"],
      naceCodes: codes,
      description: tags.description,
    },
    options,
  );
  return "error" in built ? { line, error: built.error } : { line, record: built.record };
}
