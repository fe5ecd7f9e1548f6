// Pages that inline their images as base64 `data:` URIs can be megabytes long, so the input cap
// would cut off the markup after the first few pictures (map embeds, footer scripts). The payload
// carries no technology evidence, so it is dropped before capping; the `data:…;base64,` prefix stays.
const BASE64_PAYLOAD = /(;base64,)[A-Za-z0-9+/=\s]{256,}/g;

export function collapseDataUris(html: string): string {
  // Most pages have no base64 payload: a plain substring search is far cheaper than the regex scan.
  if (!html.includes(";base64,")) return html;
  return html.replace(BASE64_PAYLOAD, "$1");
}
