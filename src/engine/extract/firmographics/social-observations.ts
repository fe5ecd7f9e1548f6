import type { Observation } from "../../types.ts";
import type { ParsedPage } from "./parse-page.ts";
import { observation, pageWeight } from "./observe.ts";
import { socialProfile } from "./social-profile.ts";

const AGENCY_CREDIT = /webdesign|web design|design by|designed by|website by|site by|made by|powered by|realisiert|umgesetzt|erstellt von|entwickelt von|agentur|agency/i;

/** Links to social profiles plus the twitter:site handle. Team pages' links are people's, not the company's. */
export function extractSocialObservations(doc: ParsedPage): Observation[] {
  const { $ } = doc;
  const out: Observation[] = [];
  const weight = doc.kind === "team" ? 0.2 : pageWeight(doc);
  $("a[href]").each((_, el) => {
    const profile = socialProfile($(el).attr("href") ?? "");
    if (!profile) return;
    const inFooter = $(el).closest("footer, header, nav, [class*=footer i], [id*=footer i], [class*=social i]").length > 0;
    const inCard = $(el).closest("[class*=team i], [class*=member i], [class*=person i], [class*=author i], [class*=staff i], [itemtype*=Person i]").length > 0;
    // "Webdesign by Studio X" credits link the agency's profiles, not the company's.
    const parentText = $(el).parent().text();
    const at = parentText.indexOf($(el).text());
    const credit = AGENCY_CREDIT.test(parentText.slice(Math.max(0, at - 60), Math.max(0, at)));
    if (inCard || credit) return;
    out.push(observation("social", profile, doc, "link", weight + (inFooter ? 0.15 : 0)));
  });
  const handle = ($("meta[name='twitter:site'], meta[property='twitter:site']").attr("content") ?? "").trim();
  if (/^@\w{1,15}$/.test(handle)) out.push(observation("social", `https://twitter.com/${handle.slice(1)}`, doc, "meta", 0.5));
  return out;
}
