import { describe, expect, it } from "vitest";
import { isTitleShaped } from "../title-shape.ts";

describe("title shape", () => {
  it("rejects the employer's postal address line, even when the firm's name holds a job noun", () => {
    expect(isTitleShaped("Harbour Surveyors - 12 Quay Street, Bristol, BS1 4DJ")).toBe(false);
    expect(isTitleShaped("Roth Elektrotechnik, Lindenweg 7, 72070 Tübingen")).toBe(false);
  });

  it("keeps titles with numbers that are not addresses", () => {
    expect(isTitleShaped("Store Manager 5th Avenue")).toBe(true);
    expect(isTitleShaped("Elektroniker (m/w/d) Ausbildung 2027")).toBe(true);
  });
});
