import { describe, expect, it } from "vitest";
import { classifyRole } from "../index.ts";

const table: Array<[string, string, string?]> = [
  ["Inhaberin", "owner"],
  ["Praxisinhaber", "owner"],
  ["Owner", "owner"],
  ["Geschäftsführer", "managing_director"],
  ["Geschäftsführerin der Komplementär-GmbH", "managing_director"],
  ["Managing Director", "managing_director"],
  ["Gérant", "managing_director", "fr"],
  ["Zaakvoerder", "managing_director", "nl"],
  ["Amministratore delegato", "managing_director", "it"],
  ["Director", "managing_director", "en"],
  ["Vorstand", "executive"],
  ["Werkstattchef", "manager"],
  ["Küchenchefin (seit 2019)", "manager"],
  ["Account Manager Associate", "employee"],
  ["Marketing Manager Trainee", "employee"],
  ["1. Vorsitzende", "executive"],
  ["Schatzmeisterin", "executive"],
  ["Chief Technology Officer", "executive"],
  ["Co-founder", "executive"],
  ["Geschäftsleitung & Rechnungswesen", "executive"],
  ["Leiter Vertrieb", "manager"],
  ["Teamleitung Pflege", "manager"],
  ["Head of Marketing", "manager"],
  ["Director of Operations", "manager"],
  ["Servicetechniker", "employee"],
  ["Web Developer", "employee"],
  ["Assistentin der Geschäftsführung", "employee"],
  ["Verantwortlich nach § 18 Abs. 2 MStV", "content_responsible"],
  ["Directeur de la publication", "content_responsible", "fr"],
  ["Geschäftsführer; Verantwortlich i.S.d. § 55 RStV", "managing_director"],
  ["Datenschutzbeauftragter", "other"],
  ["Handelsvertretung Nord", "other"],
  ["Adviser", "other"],
  ["Professor (Steering Committee)", "other"],
  ["", "other"],
];

describe("classifyRole", () => {
  it.each(table)("%s → %s", (role, expected, language) => {
    expect(classifyRole(role, language)).toBe(expected);
  });
});

describe("classifyRole for partners, shareholders and committee officers", () => {
  it.each([
    ["Vertretungsberechtigte Gesellschafterin", "owner"],
    ["Geschäftsführender Gesellschafter", "managing_director"],
    ["Managing Partner", "managing_director"],
    ["Committee Secretary", "executive"],
    ["Secretary", "employee"],
  ])("%s is %s", (text, expected) => {
    expect(classifyRole(text, "en")).toBe(expected);
  });
});
