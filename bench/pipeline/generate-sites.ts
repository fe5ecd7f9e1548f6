import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// Word lists for varied, plausible small-business sites; a seeded index picks from them so every
// run generates the same 5 pages for the same company number.
const FIRST = ["Anna", "Markus", "Sabine", "Thomas", "Julia", "Stefan", "Laura", "Michael", "Katrin", "Jonas", "Petra", "Felix", "Claudia", "Tobias", "Miriam", "Lukas"];
const LAST = ["Lindner", "Hoffmann", "Becker", "Schulz", "Wagner", "Krüger", "Brandt", "Vogel", "Hartmann", "Seidel", "Keller", "Roth", "Franke", "Winter", "Kaiser", "Busch"];
const TRADES = [
  { noun: "Holzbau", job: "Zimmerer (m/w/d)", what: "Dachstühle, Holzhäuser und Aufstockungen" },
  { noun: "Elektrotechnik", job: "Elektroniker (m/w/d)", what: "Elektroinstallation, Photovoltaik und Smart Home" },
  { noun: "Sanitär", job: "Anlagenmechaniker SHK (m/w/d)", what: "Bäder, Heizungen und Wärmepumpen" },
  { noun: "Steuerberatung", job: "Steuerfachangestellte (m/w/d)", what: "Jahresabschlüsse, Lohnbuchhaltung und Beratung" },
  { noun: "Software", job: "Senior TypeScript Developer (m/w/d)", what: "Individualsoftware und Cloud-Betrieb" },
  { noun: "Metallbau", job: "Metallbauer (m/w/d)", what: "Treppen, Geländer und Stahlkonstruktionen" },
  { noun: "Gartenbau", job: "Landschaftsgärtner (m/w/d)", what: "Gartenplanung, Pflasterarbeiten und Pflege" },
  { noun: "Druckerei", job: "Medientechnologe Druck (m/w/d)", what: "Offsetdruck, Digitaldruck und Verpackungen" },
];
const CITIES = [
  { city: "Kempten", zip: "87437", court: "Kempten (Allgäu)", area: "0831" },
  { city: "Ulm", zip: "89073", court: "Ulm", area: "0731" },
  { city: "Freiburg", zip: "79098", court: "Freiburg i. Br.", area: "0761" },
  { city: "Würzburg", zip: "97070", court: "Würzburg", area: "0931" },
  { city: "Kassel", zip: "34117", court: "Kassel", area: "0561" },
  { city: "Rostock", zip: "18055", court: "Rostock", area: "0381" },
];
const STREETS = ["Hauptstraße", "Bahnhofstraße", "Industriestraße", "Gartenweg", "Mühlenweg", "Lindenallee"];

export interface GeneratedCompany {
  host: string;
  companyName: string;
  legalName: string;
  city: string;
}

const pick = <T>(list: T[], n: number): T => list[n % list.length];

export function companyFor(i: number): GeneratedCompany & { trade: (typeof TRADES)[number]; place: (typeof CITIES)[number]; owner: string; staff: string[] } {
  const last = pick(LAST, i * 7 + 3);
  const trade = pick(TRADES, i);
  const place = pick(CITIES, i * 5 + 1);
  const companyName = `${trade.noun} ${last} ${i}`;
  return {
    host: `co-${String(i).padStart(4, "0")}.bench.test`,
    companyName,
    legalName: `${companyName} GmbH`,
    city: place.city,
    trade,
    place,
    owner: `${pick(FIRST, i)} ${last}`,
    staff: [`${pick(FIRST, i + 5)} ${pick(LAST, i + 2)}`, `${pick(FIRST, i + 9)} ${pick(LAST, i + 11)}`],
  };
}

const page = (title: string, body: string, head = "") =>
  `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>${title}</title>${head}</head>\n<body>\n<nav><a href="/">Start</a> <a href="/team.html">Team</a> <a href="/karriere.html">Karriere</a> <a href="/kontakt.html">Kontakt</a> <a href="/impressum.html">Impressum</a></nav>\n${body}\n</body></html>\n`;

/** The five pages of company `i`: home, imprint, team, careers, contact. */
export function sitePages(i: number): Record<string, string> {
  const c = companyFor(i);
  const street = `${pick(STREETS, i)} ${(i % 90) + 1}`;
  const phone = `${c.place.area} ${String(540000 + i).padStart(7, "0")}`;
  const email = `info@${c.host}`;
  const ld = JSON.stringify({ "@context": "https://schema.org", "@type": "LocalBusiness", name: c.companyName, url: `http://${c.host}/`, telephone: phone, email, address: { "@type": "PostalAddress", streetAddress: street, postalCode: c.place.zip, addressLocality: c.city, addressCountry: "DE" } });
  const head = `<meta name="description" content="${c.companyName}: ${c.trade.what} in ${c.city}."><meta name="generator" content="WordPress 6.4.2"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Lato"><script type="application/ld+json">${ld}</script>`;
  const vat = `DE${String(100000000 + i * 7919).slice(0, 9)}`;
  return {
    "index.html": page(`${c.companyName} – ${c.trade.noun} in ${c.city}`, `<main><h1>${c.trade.noun} in ${c.city}</h1><p>Wir bieten ${c.trade.what} für Privat- und Geschäftskunden in ${c.city} und Umgebung.</p></main>\n<footer>${c.legalName} · ${street} · ${c.place.zip} ${c.city} · Tel. ${phone}</footer>`, head),
    "impressum.html": page(`Impressum – ${c.companyName}`, `<h1>Impressum</h1><p>Angaben gemäß § 5 DDG</p><p>${c.legalName}<br>${street}<br>${c.place.zip} ${c.city}</p><p>Vertreten durch den Geschäftsführer: ${c.owner}</p><p>Telefon: ${phone}<br>E-Mail: ${email}</p><p>Registergericht: Amtsgericht ${c.place.court}<br>Registernummer: HRB ${1000 + i}</p><p>Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz: ${vat}</p>`),
    "team.html": page(`Unser Team – ${c.companyName}`, `<h1>Unser Team</h1><div class="team"><div class="member"><h3>${c.owner}</h3><p>Geschäftsführer</p></div><div class="member"><h3>${c.staff[0]}</h3><p>Leitung Vertrieb</p></div><div class="member"><h3>${c.staff[1]}</h3><p>Projektleitung</p></div></div>`),
    "karriere.html": page(`Karriere – ${c.companyName}`, `<h1>Karriere</h1><h2>${c.trade.job}</h2><p>Vollzeit in ${c.city}. Wir freuen uns auf Ihre Bewerbung an jobs@${c.host}.</p><h2>Auszubildende (m/w/d)</h2><p>Ausbildungsbeginn 1. September.</p>`),
    "kontakt.html": page(`Kontakt – ${c.companyName}`, `<h1>Kontakt</h1><p>${c.legalName}<br>${street}<br>${c.place.zip} ${c.city}</p><p>Telefon: ${phone}<br>E-Mail: <a href="mailto:${email}">${email}</a></p>`),
  };
}

/** Writes `count` sites under `dir/<host>/`; returns the companies in order. */
export function generateSites(dir: string, count: number): GeneratedCompany[] {
  const companies: GeneratedCompany[] = [];
  for (let i = 0; i < count; i++) {
    const c = companyFor(i);
    const root = join(dir, c.host);
    mkdirSync(root, { recursive: true });
    for (const [name, html] of Object.entries(sitePages(i))) writeFileSync(join(root, name), html);
    companies.push({ host: c.host, companyName: c.companyName, legalName: c.legalName, city: c.city });
  }
  return companies;
}
