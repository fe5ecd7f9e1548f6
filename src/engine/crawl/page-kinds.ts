import { foldTextSpelledOut } from "../text/fold.ts";

/** The pages that carry company facts, in the order a researcher would open them. */
export type PageKind = "imprint" | "contact" | "team" | "about" | "careers" | "privacy";

export interface PageKindRule {
  kind: PageKind;
  /** Base priority of a page of this kind; higher is fetched first. */
  weight: number;
  /** Folded (lower-case, no accents, umlauts as ae/oe/ue) words or phrases, de/en/fr/nl/es/it. */
  words: readonly string[];
}

export const PAGE_KIND_RULES: readonly PageKindRule[] = [
  {
    kind: "imprint",
    weight: 100,
    words: [
      "impressum", "imprint", "impresum", "legal notice", "legal notes", "site notice", "legal information", "legal",
      "offenlegung", "mentions legales", "mention legale", "informations legales", "colofon", "colophon",
      "aviso legal", "nota legal", "note legali", "informazioni legali", "disclaimer", "juridisch",
    ],
  },
  {
    kind: "contact",
    weight: 80,
    words: [
      "kontakt", "contact", "contacto", "contactos", "contatti", "contatto", "contacteer", "contactez",
      "get in touch", "reach us", "find us", "anfahrt", "standort", "locations", "dove siamo", "donde estamos",
    ],
  },
  {
    kind: "team",
    weight: 75,
    words: [
      "team", "unser team", "das team", "mitarbeiter", "ansprechpartner", "vorstand", "geschaeftsfuehrung",
      "geschaeftsleitung", "leadership", "management", "our people", "staff", "equipe", "het team", "medewerkers",
      "equipo", "nuestro equipo", "squadra", "il team", "organigramm", "board",
      // Menus that name the people by their trade or call them people, staff or "who's who".
      "praxisteam", "kanzleiteam", "mitarbeitende", "menschen", "personen", "unsere aerzte", "aerzte",
      "aerztinnen", "zahnaerzte", "anwaelte", "rechtsanwaelte", "notare", "berater", "ansprechpartnerin",
      "people", "meet the team", "meet us", "the team", "who s who", "whos who", "our staff", "our doctors", "doctors",
      "dentists", "physicians", "providers", "attorneys", "lawyers", "solicitors", "our experts", "experts",
      "notre equipe", "l equipe", "collaborateurs", "associes", "ons team", "onze mensen", "mensen", "wie is wie",
      "el equipo", "profesionales", "personale", "lo staff", "il nostro staff", "le persone", "persone",
    ],
  },
  {
    kind: "about",
    weight: 70,
    words: [
      "ueber uns", "uber uns", "wir ueber uns", "about", "about us", "who we are", "unternehmen", "firma",
      "profil", "geschichte", "history", "das sind wir", "qui sommes nous", "a propos", "notre histoire",
      "over ons", "wie zijn wij", "sobre nosotros", "quienes somos", "empresa", "chi siamo", "azienda", "la nostra storia",
      // Who runs the business, as small firms and practices label it: "Wer wir sind", "Die Praxis", "Kanzlei".
      "wer wir sind", "ueber mich", "uber mich", "about me", "praxis", "die praxis", "unsere praxis",
      "kanzlei", "die kanzlei", "unsere kanzlei", "unser betrieb",
      "our story", "our firm", "the firm", "the practice", "our practice", "our company", "qui suis je",
      "le cabinet", "notre cabinet", "l entreprise", "over mij", "wie wij zijn", "de praktijk", "praktijk", "het bedrijf",
      "quien soy", "lo studio", "il nostro studio", "chi sono",
    ],
  },
  {
    kind: "careers",
    weight: 70,
    words: [
      "karriere", "jobs", "job", "stellenangebote", "stellenangebot", "offene stellen", "stellen", "ausbildung",
      "bewerbung", "jobboerse", "careers", "career", "vacancies", "join us", "work with us", "we are hiring",
      "emploi", "emplois", "carrieres", "carriere", "recrutement", "nous rejoindre", "vacatures", "vacature",
      "werken bij", "empleo", "trabaja con nosotros", "ofertas de empleo", "lavora con noi", "posizioni aperte", "carriera",
    ],
  },
  {
    kind: "privacy",
    weight: 30,
    words: [
      "datenschutz", "datenschutzerklaerung", "privacy", "privacy policy", "dsgvo", "gdpr", "confidentialite",
      "protection des donnees", "privacyverklaring", "gegevensbescherming", "privacidad", "proteccion de datos",
      "informativa privacy", "riservatezza",
    ],
  },
];

/** Lower-case, umlauts to ae/oe/ue, accents dropped, every non-alphanumeric run to one space. */
export function foldForMatching(value: string): string {
  return foldTextSpelledOut(value);
}
