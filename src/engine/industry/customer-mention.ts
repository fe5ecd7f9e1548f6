// Suppliers name their customers' trades: "Spültechnik für die Gastronomie", "software for dentists
// and orthodontists", "solutions pour la restauration". Such a word says who the company sells to, not
// what it does, so it counts for little. "Ihr Partner für Elektroinstallation" or "Praxis für
// Physiotherapie" name the company's own trade and are left alone.

const FOR = new Set(["fur", "fuer", "for", "pour", "voor", "para", "per"]);
const ARTICLES = new Set(["die", "den", "das", "der", "dem", "the", "a", "an", "la", "le", "les", "l", "de", "het", "el", "los", "las", "il", "lo", "gli", "i", "all", "alle", "any"]);
const CONJUNCTIONS = new Set(["und", "and", "or", "oder", "sowie", "et", "ou", "en", "of", "y", "o", "e"]);
const OWN_TRADE_BEFORE = /^(partner|experte|experten|expert|experts|spezialist|spezialisten|specialist|specialists|specialiste|specialisten|specialista|especialistas?|ansprechpartner|fachbetrieb|meisterbetrieb|fachgeschaft|fachhandel|praxis|kanzlei|zentrum|center|centre|centro|institut|institute|schule|akademie|academy|studio|atelier|buro|werkstatt|klinik|clinic|ihr|ihre|ihren|ihrem|your|votre|uw|je|su|tu|vostro|vostra|nr|no|numero|first|erste|erster|dienstleister|anbieter|provider|leader|marktfuhrer|kompetenz|kompetenzzentrum|fachfirma|fachunternehmen|meister|handwerker|handwerksbetrieb|firma|unternehmen|betrieb|company|firm|entreprise|societe|bedrijf|empresa|azienda|impresa|ditta)$/;
// Words of one list item ("gewerbliche Küchen"); more say the "für" belongs to another phrase.
const MAX_ITEM_WORDS = 2;
// A customer list may be long ("für Gastronomie, Hotellerie, Catering, Bäckereien und Metzgereien").
const LOOK_BACK = 16;

/**
 * Whether the word at `position` follows "für/for/pour…" (directly, with up to two words such as an
 * adjective, or as a later item of the same list) as a customer trade rather than the company's own. `breaks` marks phrase-ending punctuation,
 * `commas` the commas between list items (both per word, before it).
 */
export function isCustomerMention(folded: string[], breaks: boolean[], position: number, commas: boolean[] = []): boolean {
  let itemWords = 0;
  for (let i = position - 1; i >= 0 && i >= position - LOOK_BACK; i--) {
    if (breaks[i + 1]) return false;
    if (commas[i + 1]) itemWords = 0;
    const word = folded[i];
    if (FOR.has(word)) return !OWN_TRADE_BEFORE.test(folded[i - 1] ?? "");
    if (CONJUNCTIONS.has(word)) itemWords = 0;
    else if (!ARTICLES.has(word) && ++itemWords > MAX_ITEM_WORDS) return false;
  }
  return false;
}
