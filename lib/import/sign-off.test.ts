import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { detectSignOff } from "./sign-off";
import { normalizeId, parseDate } from "./values";

const fixture = JSON.parse(fs.readFileSync("test/fixtures/import/sign-offs.json", "utf8")) as {
  match: Record<string, string>;
  noMatch: string[];
};

describe("sign-off detection (fixture)", () => {
  it.each(Object.entries(fixture.match))("finds the sign-off in %j", (text, expected) => {
    expect(detectSignOff(text)?.text).toBe(expected);
  });
  it.each(fixture.noMatch)("finds none in %j", (text) => {
    expect(detectSignOff(text)).toBeNull();
  });
  it("treats the same mark and name, any case, with or without the space, as one sign-off", () => {
    const keys = ["thanks -Becky", "thanks - Becky", "thanks -BECKY"].map((t) => detectSignOff(t)?.key);
    expect(new Set(keys)).toEqual(new Set(["-becky"]));
  });
});

describe("values", () => {
  it("reads ids written as floats as the same id", () => {
    expect(normalizeId("3.0")).toBe("3");
    expect(normalizeId(" 119249.00 ")).toBe("119249");
    expect(normalizeId("")).toBeNull();
  });
  it("parses twcs, ISO and Unix dates and refuses nonsense", () => {
    expect(parseDate("Tue Oct 31 22:10:47 +0000 2017")?.toISOString()).toBe("2017-10-31T22:10:47.000Z");
    expect(parseDate("Tue Oct 31 22:10:47 +0200 2017")?.toISOString()).toBe("2017-10-31T20:10:47.000Z");
    expect(parseDate("2017-10-31 22:10")?.toISOString()).toBe("2017-10-31T22:10:00.000Z");
    expect(parseDate("2017-10-31T22:10:47+01:00")?.toISOString()).toBe("2017-10-31T21:10:47.000Z");
    expect(parseDate("1509487847")?.toISOString()).toBe("2017-10-31T22:10:47.000Z");
    expect(parseDate("2017-02-31")).toBeNull();
    expect(parseDate("yesterday")).toBeNull();
  });
});
