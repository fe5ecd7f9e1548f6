import { describe, expect, it } from "vitest";
import { divisionOf, divisionsOfSection, isNaceCode, isWithinNace, naceDivisions, naceLabel, naceSections, sectionOf } from "../nace-taxonomy.ts";

describe("NACE taxonomy", () => {
  it("has the 21 sections A–U and the 88 divisions of NACE Rev. 2", () => {
    expect(naceSections().map((s) => s.code).join("")).toBe("ABCDEFGHIJKLMNOPQRSTU");
    expect(naceDivisions()).toHaveLength(88);
    expect(naceSections().flatMap((s) => s.divisions)).toHaveLength(88);
  });

  it("knows each division's section", () => {
    expect(sectionOf("01")).toBe("A");
    expect(sectionOf("33")).toBe("C");
    expect(sectionOf("43")).toBe("F");
    expect(sectionOf("62")).toBe("J");
    expect(sectionOf("69")).toBe("M");
    expect(sectionOf("86")).toBe("Q");
    expect(sectionOf("99")).toBe("U");
    expect(divisionsOfSection("F")).toEqual(["41", "42", "43"]);
  });

  it("resolves finer codes to their division and section", () => {
    expect(divisionOf("69.20")).toBe("69");
    expect(divisionOf("86.2")).toBe("86");
    expect(sectionOf("86.23")).toBe("Q");
    expect(divisionOf("M")).toBeNull();
    expect(sectionOf("M")).toBe("M");
  });

  it("labels every level and rejects codes that do not exist", () => {
    expect(naceLabel("M")).toBe("Professional, scientific and technical activities");
    expect(naceLabel("62")).toBe("Computer programming, consultancy and related activities");
    expect(naceLabel("86.23")).toBe("Dental practice activities");
    expect(naceLabel("04")).toBeNull();
    expect(isNaceCode("04")).toBe(false);
    expect(isNaceCode("V")).toBe(false);
    expect(isNaceCode("43.21")).toBe(true);
    expect(sectionOf("04")).toBeNull();
  });

  it("tells whether a code lies inside a broader one", () => {
    expect(isWithinNace("69.20", "69")).toBe(true);
    expect(isWithinNace("69.20", "M")).toBe(true);
    expect(isWithinNace("69.20", "69.2")).toBe(true);
    expect(isWithinNace("69.10", "69.2")).toBe(false);
    expect(isWithinNace("62", "69")).toBe(false);
    expect(isWithinNace("43", "F")).toBe(true);
  });
});
