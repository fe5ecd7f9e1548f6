// Deterministic keyword extraction from free-text ICPs (German and English): stop words out,
// known industry terms first, then the most frequent words and two-word phrases.

const STOP_WORDS = new Set(
  (
    "a about above after again all also an and any are as at be because been before being between both but by can could did do does " +
    "doing down during each few for from further had has have having he her here hers him his how i if in into is it its itself just " +
    "me more most my no nor not now of off on once only or other our ours out over own same she should so some such than that the " +
    "their them then there these they this those through to too under until up very was we were what when where which while who whom " +
    "why will with would you your companies company business businesses firms firm customers customer clients looking want need " +
    "employees employee staff people based located like e.g etc " +
    "aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei bin bis bist da damit dann das dass " +
    "dein deine dem den der des dessen die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines " +
    "er es etwa euer für gegen hat hatte hier ihr ihre im in ins ist jede jedem jeden jeder jedes kann kein keine mit muss nach nicht " +
    "noch nur ob oder ohne sehr sein seine sich sie sind so solche über um und uns unser unter vom von vor war waren was weil welche " +
    "wenn wer wie wir wird zu zum zur zwischen unternehmen firmen firma kunden mitarbeiter mitarbeitern mitarbeitende beschäftigte"
  ).split(" "),
);

// Terms that name an industry or business model: kept whole and ranked first.
const INDUSTRY_TERMS = [
  "b2b", "b2c", "saas", "software", "e-commerce", "ecommerce", "fintech", "insurtech", "proptech", "healthtech", "medtech",
  "biotech", "logistics", "logistik", "manufacturing", "maschinenbau", "automotive", "retail", "handel", "consulting",
  "beratung", "marketing", "agency", "agentur", "it services", "cloud", "cybersecurity", "security", "ai", "machine learning",
  "hr", "recruiting", "real estate", "immobilien", "construction", "bau", "energy", "energie", "renewable", "solar",
  "healthcare", "pharma", "education", "edtech", "legal", "legaltech", "finance", "banking", "insurance", "versicherung",
  "telecommunications", "media", "gaming", "travel", "hospitality", "food", "agriculture", "chemicals", "chemie",
  "electronics", "elektronik", "engineering", "startups", "startup", "mittelstand", "sme", "enterprise",
];

const MAX_KEYWORDS = 25;

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\b\d[\d.,]*\s*(?:[-–]|to|bis)\s*\d[\d.,]*\b/g, " ")
    .split(/[^\p{L}\p{N}+-]+/u)
    .map((token) => token.replace(/^[-+]+|[-+]+$/g, ""))
    .filter((token) => token.length > 1 && !/^\d+$/.test(token));
}

/** Keywords for a profile: industry terms found, then frequent content words and bigrams. */
export function extractKeywords(texts: readonly string[]): string[] {
  const joined = texts.join(" \n ").toLowerCase();
  const industry = INDUSTRY_TERMS.filter((term) => new RegExp(`(^|[^\\p{L}])${escape(term)}($|[^\\p{L}])`, "u").test(joined));
  const counts = new Map<string, number>();
  for (const text of texts) {
    const tokens = tokenize(text);
    tokens.forEach((token, i) => {
      if (STOP_WORDS.has(token)) return;
      counts.set(token, (counts.get(token) ?? 0) + 1);
      const next = tokens[i + 1];
      if (next && !STOP_WORDS.has(next)) counts.set(`${token} ${next}`, (counts.get(`${token} ${next}`) ?? 0) + 1);
    });
  }
  const ranked = [...counts.entries()]
    .sort(([a, ca], [b, cb]) => cb - ca || a.length - b.length || (a < b ? -1 : 1))
    .map(([term]) => term);
  return [...new Set([...industry, ...ranked])].slice(0, MAX_KEYWORDS);
}

function escape(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
