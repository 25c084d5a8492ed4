import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, LOCALES, localeFromAcceptLanguage } from "./config";

describe("isLocale", () => {
  it("accepts the supported locales only", () => {
    for (const locale of LOCALES) expect(isLocale(locale)).toBe(true);
    for (const value of ["fr", "EN", "de-AT", "", undefined, null, 1]) expect(isLocale(value)).toBe(false);
  });
});

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["de-AT,de;q=0.9,en;q=0.8", "de"],
    ["en-US,en;q=0.9", "en"],
    ["DE-de", "de"],
    ["fr-FR,fr;q=0.9,de;q=0.8", "de"],
    ["fr-FR, en-GB;q=0.5", "en"],
    [" de ; q=1", "de"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("falls back to the default locale", () => {
    expect(DEFAULT_LOCALE).toBe("en");
    for (const header of [null, undefined, "", "*", "fr,it;q=0.5", ";;,"]) {
      expect(localeFromAcceptLanguage(header)).toBe(DEFAULT_LOCALE);
    }
  });
});
