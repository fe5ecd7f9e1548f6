import { describe, expect, it } from "vitest";
import { parsePersonName } from "../person-name.ts";

describe("captions that are not people", () => {
  it("rejects a team caption and a title-cased page heading", () => {
    expect(parsePersonName("Das Serviceteam")).toBeNull();
    expect(parsePersonName("Pricing Options")).toBeNull();
    expect(parsePersonName("Insurance Coverage Options")).toBeNull();
  });

  it("keeps names with particles and short given names", () => {
    expect(parsePersonName("Jan van der Berg")?.last_name).toBe("van der Berg");
    expect(parsePersonName("Des Walsh")?.first_name).toBe("Des");
  });
});
