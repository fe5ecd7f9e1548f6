import { createHash } from "node:crypto";

// Test-mode orders are fulfilled against generated demonstration websites, never the real web.
// Everything here is fictional and derived deterministically from the host name.

const STREETS = ["Hauptstraße", "Bahnhofstraße", "Gartenweg", "Industriestraße", "Am Markt"];
const CITIES: [string, string][] = [["10115", "Berlin"], ["80331", "München"], ["50667", "Köln"], ["20095", "Hamburg"], ["70173", "Stuttgart"]];
const FIRST = ["Anna", "Jonas", "Lea", "Felix", "Marie", "Paul"];
const LAST = ["Becker", "Hoffmann", "Schulz", "Wagner", "Keller", "Richter"];
const TRADES = ["Softwareentwicklung", "Gebäudetechnik", "Steuerberatung", "Maschinenbau", "Hotellerie"];

export interface DemoCompany {
  host: string;
  name: string;
  legalName: string;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  register: string;
  vatId: string;
  trade: string;
  managingDirector: string;
  teamMember: { name: string; role: string; email: string };
  jobTitle: string;
}

export function demoCompanyFor(host: string): DemoCompany {
  const bare = host.toLowerCase().replace(/^www\./, "");
  const digest = createHash("sha256").update(bare).digest();
  const pick = <T>(list: T[], byte: number): T => list[digest[byte] % list.length];
  const label = bare.split(".")[0];
  const name = label.split(/[-_]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join(" ") || "Demo";
  const [postalCode, city] = pick(CITIES, 1);
  const number = (offset: number, digits: number) => String(digest.readUInt32BE(offset) % 10 ** digits).padStart(digits, "0");
  const director = `${pick(FIRST, 2)} ${pick(LAST, 3)}`;
  const member = `${pick(FIRST, 4)} ${pick(LAST, 5)}`;
  const [first, last] = member.toLowerCase().split(" ");
  return {
    host: bare,
    name,
    legalName: `${name} GmbH`,
    street: `${pick(STREETS, 6)} ${1 + (digest[7] % 90)}`,
    postalCode,
    city,
    phone: `+49 30 ${number(8, 7)}`,
    email: `info@${bare}`,
    register: `HRB ${number(12, 5)}`,
    vatId: `DE${number(16, 9)}`,
    trade: pick(TRADES, 20),
    managingDirector: director,
    teamMember: { name: member, role: "Leiterin Vertrieb", email: `${first}.${last}@${bare}` },
    jobTitle: "Projektmanager (m/w/d)",
  };
}
