// Field labels of legal notices in German, French, Dutch, Italian, Spanish and English. Imprints are
// forms: "Registergericht: Amtsgericht Ulm", "Ragione sociale: Muster S.r.l.", "KvK-nummer: 12345678".
// The label names the field, so the value needs no guessing from its shape alone.

export type LabelledFieldKind =
  | "legal_name" // a label that names the legal entity itself
  | "holder" // owner/operator/publisher: a legal name only when the value carries a legal form
  | "trading_name"
  | "legal_form"
  | "court"
  | "register_number"
  | "vat_id";

const LABELS: Record<LabelledFieldKind, string[]> = {
  legal_name: [
    "firma", "firmenname", "firmierung", "name der firma", "name des unternehmens", "unternehmensname",
    "raison sociale", "d[ée]nomination sociale", "d[ée]nomination", "nom de (?:la )?soci[ée]t[ée]",
    "ragione sociale", "denominazione sociale", "denominazione",
    "raz[oó]n social", "denominaci[oó]n social", "denominaci[oó]n",
    "statutaire naam", "juridische naam", "bedrijfsnaam",
    "company name", "registered (?:company )?name", "legal (?:entity )?name", "entity name", "name of (?:the )?company",
  ],
  holder: [
    "betreiber(?:in)?", "anbieter(?:in)?", "herausgeber(?:in)?", "medieninhaber(?:in)?", "diensteanbieter(?:in)?", "unternehmen", "inhaber(?:in)?",
    "[ée]diteur(?: du site)?", "propri[ée]taire(?: du site)?", "soci[ée]t[ée]", "titolare", "societ[àa]", "titular", "empresa",
    "eigenaar", "company", "owner", "operator", "publisher", "website operator", "site owner",
  ],
  trading_name: ["nombre comercial", "nom commercial", "handelsnaam", "trading name", "trading as", "marchio", "insegna"],
  legal_form: [
    "rechtsform", "forme juridique", "forme sociale", "forma giuridica", "forma jur[ií]dica", "forma societaria", "rechtsvorm",
    "legal form", "legal structure", "business structure", "entity type", "company type",
  ],
  court: [
    "registergericht", "handelsregistergericht", "firmenbuchgericht", "amtsgericht", "register court", "registry court", "court of registration",
    "registre du commerce(?: et des soci[ée]t[ée]s)?", "greffe(?: du tribunal de commerce)?", "registro (?:delle )?imprese(?: di)?",
    "registro mercantil(?: de)?", "registered in", "handelsregister", "firmenbuch", "vereinsregister",
  ],
  register_number: [
    "handelsregisternummer", "handelsregister-?nr\\.?", "registernummer", "register-?nr\\.?", "hr-?nr\\.?", "firmenbuchnummer", "firmenbuch-?nr\\.?", "fn",
    "vereinsregisternummer", "vr-?nr\\.?", "zvr(?:-?zahl|-?nummer)?",
    "company (?:registration )?(?:number|no\\.?|nr\\.?)", "company reg(?:istration)?\\.? (?:number|no\\.?)", "registration (?:number|no\\.?)",
    "registered (?:number|no\\.?)", "reg\\.? no\\.?", "crn", "acn", "abn", "nzbn", "cin", "llpin",
    "(?:n[°º] )?siren", "(?:n[°º] )?siret", "num[ée]ro (?:rcs|siren|siret)", "rcs",
    "kvk(?:-?nummer|-?nr\\.?)?", "kvk number", "kamer van koophandel", "ondernemingsnummer", "num[ée]ro d'entreprise", "bce",
    "(?:n\\.? |numero )?rea", "c\\.?c\\.?i\\.?a\\.?a\\.?", "n[uú]mero de registro",
  ],
  vat_id: [
    "umsatzsteuer-?identifikationsnummer", "umsatzsteuer-?id(?:-?nr\\.?)?", "ust\\.?-?id(?:\\.?-?nr\\.?)?", "ust-?idnr\\.?", "uid(?:-?nr\\.?|-?nummer)?", "mwst\\.?-?nr\\.?",
    "(?:n[°º] (?:de )?)?tva(?: intra-?communautaire)?", "num[ée]ro de tva(?: intra-?communautaire)?", "n[°º] d'identification tva",
    "btw(?:-?nummer|-?nr\\.?|-?id|-?identificatienummer)?", "omzetbelastingnummer",
    "partita iva", "p\\.? ?iva", "c\\.?f\\.? (?:e|\\/) p\\.? ?iva", "codice fiscale e partita iva",
    "n\\.?i\\.?f\\.?", "c\\.?i\\.?f\\.?", "nif-iva",
    "vat(?: reg(?:istration|istered|\\.)?)?(?: (?:number|no\\.?|id|nr\\.?))?", "vat-?id", "gst(?:in| (?:number|no\\.?|reg(?:istration)?\\.? no\\.?))?",
  ],
};

// Longest labels first, so "handelsregisternummer" is not read as the court label "handelsregister".
const ENTRIES = (Object.entries(LABELS) as Array<[LabelledFieldKind, string[]]>)
  .flatMap(([kind, labels]) => labels.map((source) => ({ kind, source })))
  .sort((a, b) => b.source.length - a.source.length);

/** A label at the start of a field: not inside a word, followed by an optional qualifier and a colon. */
export const FIELD_LABEL = new RegExp(
  `(?<![\\p{L}\\d])(${ENTRIES.map((e) => `(?:${e.source})`).join("|")})(?![\\p{L}\\d])`,
  "giu",
);

const ANCHORED = ENTRIES.map((e) => ({ kind: e.kind, pattern: new RegExp(`^(?:${e.source})$`, "iu") }));

/** The kind of field a matched label text names. */
export function labelKind(label: string): LabelledFieldKind | null {
  const text = label.replace(/\s+/g, " ").trim();
  return ANCHORED.find((e) => e.pattern.test(text))?.kind ?? null;
}
