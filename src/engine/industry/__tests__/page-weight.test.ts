import { describe, expect, it } from "vitest";
import { pageWeight } from "../industry-signals.ts";

describe("pageWeight", () => {
  it("counts team pages like side pages: they tell people's careers, not the company's trade", () => {
    expect(pageWeight("https://x.example/our-team/", 3)).toBe(0.35);
    expect(pageWeight("https://x.example/meet-the-team.html", 3)).toBe(0.35);
    expect(pageWeight("https://x.example/ueber-uns/mitarbeiter", 3)).toBe(0.35);
  });

  it("leaves service pages whose names merely contain such a word alone", () => {
    expect(pageWeight("https://x.example/teamentwicklung", 3)).toBe(0.7);
    expect(pageWeight("https://x.example/leistungen/", 3)).toBe(0.7);
    expect(pageWeight("https://x.example/", 0)).toBe(1);
  });
});
