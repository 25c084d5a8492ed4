import { describe, expect, it } from "vitest";
import { neutralise, toCsv } from "./csv";

describe("report CSV", () => {
  it("neutralises cells that a spreadsheet would run as a formula", () => {
    for (const evil of [
      '=HYPERLINK("x")',
      "+1+1",
      "-2+3",
      "@SUM(A1)",
      "\tx",
      "\rx",
      "  =1+1",
      "＝1+1",
      "\u3000＠SUM(A1)",
    ])
      expect(neutralise(evil)).toBe(`'${evil}`);
    expect(neutralise("Becky")).toBe("Becky");
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x,y", 'say "hi"'],
          ["line\nbreak", 1],
        ],
      ),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",1\r\n');
  });
});
