import fc from "fast-check";

// What a hostile or careless client sends: wrong types, nulls, characters a database cannot store,
// sizes no form would produce, numbers at the edges of every representation.
const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "Acme\u0000 GmbH",
  "\ud800",
  "tail \udfff",
  "' OR 1=1 --",
  "%00",
  "%",
  "\\",
  "../../../etc/passwd",
  "<script>alert(1)</script>",
  "\u202eevil",
  "😀".repeat(300),
  "null",
  "-1",
  "1e999",
  "NaN",
  "2026-13-45T99:99:99Z",
  "00000000-0000-0000-0000-000000000000",
  "x".repeat(100_000),
  "ü".repeat(20_000),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 60 }), weight: 1 },
);

const HOSTILE_NUMBERS = [0, -1, -0, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE];

/** Any JSON value a field should never hold. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: fc.constantFrom<unknown>(null, true, false, {}, [], [null], { nested: { deeper: "\u0000" } }), weight: 3 },
  { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(Array.from({ length: 20_000 }, (_, i) => i), Array.from({ length: 2_000 }, () => "a\u0000")), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** Path ids: ours, random, and the shapes that break routers and UUID columns. */
export const HOSTILE_PATH_IDS = [
  "not-a-uuid",
  "0",
  "-1",
  "null",
  "%00",
  "%zz",
  "%E0%A4%A",
  "..%2F..%2Fadmin",
  "' OR 1=1--",
  "a".repeat(250),
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
  "018f0000-0000-7000-8000-000000000000%00",
  "%C3%BC",
  "😀",
];
