import { describe, expect, it } from "vitest";
import { identityFieldProblems, identityValues, normalizeTerms, type IdentityFields } from "./schemas";

const fields = (over: Partial<IdentityFields> = {}): IdentityFields => ({
  displayName: "Becky",
  handle: " @becky ",
  bio: "",
  languages: ["en", "en", "de"],
  voiceGuide: { tone: "", use: [], avoid: [], banned: [] },
  signOff: "-Becky",
  disclosure: " ",
  ...over,
});

describe("identityFieldProblems", () => {
  it("accepts a normal persona", () => {
    expect(identityFieldProblems(fields(), "persona")).toEqual([]);
  });

  it("limits the sign-off to 20 visible characters for personas only", () => {
    expect(identityFieldProblems(fields({ signOff: "x".repeat(20) }), "persona")).toEqual([]);
    expect(identityFieldProblems(fields({ signOff: "🇩🇪".repeat(20) }), "persona")).toEqual([]);
    expect(identityFieldProblems(fields({ signOff: "x".repeat(21) }), "persona")).toEqual([
      { field: "signOff", key: "tooLong", max: 20 },
    ]);
    expect(identityFieldProblems(fields({ signOff: "x".repeat(21) }), "brand")).toEqual([]);
  });

  it("counts banned terms after removing blanks and duplicates", () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `t${i}`);
    expect(
      identityFieldProblems(
        fields({ voiceGuide: { tone: "", use: [], avoid: [], banned: [...fifty, "T1", " ", ""] } }),
        "persona",
      ),
    ).toEqual([]);
    expect(
      identityFieldProblems(
        fields({ voiceGuide: { tone: "", use: [], avoid: [], banned: [...fifty, "new"] } }),
        "persona",
      ),
    ).toEqual([{ field: "voiceGuide.banned", key: "tooManyTerms", max: 50 }]);
  });

  it("requires a display name", () => {
    expect(identityFieldProblems(fields({ displayName: " \n" }), "persona")).toEqual([
      { field: "displayName", key: "required" },
    ]);
  });
});

describe("identityValues", () => {
  it("trims, de-duplicates and drops the brand's sign-off", () => {
    expect(normalizeTerms([" calm  down ", "Calm down", "", "cheap"])).toEqual(["calm down", "cheap"]);
    expect(identityValues(fields(), "persona")).toMatchObject({
      handle: "@becky",
      languages: ["en", "de"],
      signOff: "-Becky",
      disclosure: null,
    });
    expect(identityValues(fields(), "brand").signOff).toBeNull();
  });
});
