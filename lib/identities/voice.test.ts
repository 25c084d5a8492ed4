import { describe, expect, it } from "vitest";
import { applySignOff, checkVoice, type SigningIdentity } from "./voice";

const becky: SigningIdentity = { id: "becky", kind: "persona", signOff: "-Becky" };
const jay: SigningIdentity = { id: "jay", kind: "persona", signOff: "^JAY" };
const brand: SigningIdentity = { id: "brand", kind: "brand", signOff: null };
const brandAccount = { identityId: "brand" };

describe("applySignOff", () => {
  it("signs a persona's reply through the brand account", () => {
    expect(applySignOff("Thanks for the kind words!", becky, brandAccount)).toBe("Thanks for the kind words! -Becky");
    expect(applySignOff("On it.", jay, brandAccount)).toBe("On it. ^JAY");
  });

  it("leaves brand replies and replies through the persona's own account alone", () => {
    expect(applySignOff("Thanks!", brand, brandAccount)).toBe("Thanks!");
    expect(applySignOff("Thanks!", jay, { identityId: "jay" })).toBe("Thanks!");
    expect(applySignOff("Thanks!", { ...becky, signOff: null }, brandAccount)).toBe("Thanks!");
    expect(applySignOff("Thanks!", { ...becky, signOff: "   " }, brandAccount)).toBe("Thanks!");
  });

  it("keeps a trailing link last", () => {
    expect(applySignOff("Thanks! https://x.y", becky, brandAccount)).toBe("Thanks! -Becky https://x.y");
    expect(applySignOff("See both https://a.b/1 https://a.b/2", becky, brandAccount)).toBe(
      "See both -Becky https://a.b/1 https://a.b/2",
    );
    expect(applySignOff("https://a.b is our shop, welcome", becky, brandAccount)).toBe(
      "https://a.b is our shop, welcome -Becky",
    );
    expect(applySignOff("https://x.y", becky, brandAccount)).toBe("-Becky https://x.y");
  });

  it("does not sign twice, also with a link after the sign-off or different case", () => {
    for (const body of ["Thanks! -Becky", "Thanks! -Becky https://x.y", "Thanks!-Becky", "Thanks! -becky  "]) {
      expect(applySignOff(body, becky, brandAccount)).toBe(body);
    }
  });

  it("only counts a word-like sign-off as present at a word boundary", () => {
    const plain: SigningIdentity = { id: "p", kind: "persona", signOff: "Jay" };
    expect(applySignOff("Cheers, Jay", plain, brandAccount)).toBe("Cheers, Jay");
    expect(applySignOff("Talk soon, Ajay", plain, brandAccount)).toBe("Talk soon, Ajay Jay");
  });

  it("drops trailing whitespace and keeps the rest as written", () => {
    expect(applySignOff("  Thanks!  \n\n", becky, brandAccount)).toBe("  Thanks! -Becky");
    expect(applySignOff("Thanks!\t", becky, brandAccount)).toBe("Thanks! -Becky");
  });

  it("puts the sign-off on its own line in a multi-line reply", () => {
    expect(applySignOff("Hi Sam,\n\nyour parcel left today.\n", becky, brandAccount)).toBe(
      "Hi Sam,\n\nyour parcel left today.\n-Becky",
    );
    expect(applySignOff("Hi Sam,\nhere: https://x.y", becky, brandAccount)).toBe("Hi Sam,\nhere:\n-Becky https://x.y");
  });

  it("leaves an empty body empty", () => {
    expect(applySignOff("", becky, brandAccount)).toBe("");
    expect(applySignOff("   ", becky, brandAccount)).toBe("   ");
  });

  it("is safe with emoji and non-Latin scripts on either side", () => {
    expect(applySignOff("Danke dir! 💚", becky, brandAccount)).toBe("Danke dir! 💚 -Becky");
    expect(applySignOff("Thanks 👩🏽‍💻", { ...becky, signOff: "— Bé 🌸" }, brandAccount)).toBe("Thanks 👩🏽‍💻 — Bé 🌸");
    expect(applySignOff("ありがとう — Bé 🌸", { ...becky, signOff: "— Bé 🌸" }, brandAccount)).toBe(
      "ありがとう — Bé 🌸",
    );
    // A decomposed "é" in the body still counts as the composed sign-off.
    expect(applySignOff("Merci -Be\u0301a", { ...becky, signOff: "-Béa" }, brandAccount)).toBe("Merci -Be\u0301a");
  });
});

describe("checkVoice", () => {
  const guide = {
    banned: ["cheap", "calm down", "Scheiße", "🖕", "Müll"],
    avoid: ["unfortunately", "per our policy", "leider"],
  };

  it("finds banned terms and words to avoid, case-insensitively, in the guide's spelling", () => {
    expect(checkVoice("Unfortunately it is CHEAP. Calm   down please.", guide)).toEqual({
      banned: ["cheap", "calm down"],
      avoid: ["unfortunately"],
    });
  });

  it("matches whole words only", () => {
    expect(checkVoice("Cheaper and cheapskate, but not calmly down", guide)).toEqual({ banned: [], avoid: [] });
    expect(checkVoice("cheap!", guide).banned).toEqual(["cheap"]);
    expect(checkVoice("(cheap)", guide).banned).toEqual(["cheap"]);
  });

  it("knows German umlauts and ß as letters and ß = ss", () => {
    expect(checkVoice("Das ist MÜLL.", guide).banned).toEqual(["Müll"]);
    expect(checkVoice("Das ist Müllabfuhr.", guide).banned).toEqual([]);
    expect(checkVoice("So eine SCHEISSE", guide).banned).toEqual(["Scheiße"]);
    expect(checkVoice("So eine Scheiße!", guide).banned).toEqual(["Scheiße"]);
    expect(checkVoice("Das ist Mu\u0308ll", guide).banned).toEqual(["Müll"]);
    // "ü" is a letter: "Müll" must not be found inside "Tüll-Müller" … nor "leider" inside "Kleider".
    expect(checkVoice("Herr Müller, schöne Kleider", guide)).toEqual({ banned: [], avoid: [] });
    expect(checkVoice("Leider nein.", guide).avoid).toEqual(["leider"]);
  });

  it("finds emoji terms anywhere, also next to letters", () => {
    expect(checkVoice("ok🖕", guide).banned).toEqual(["🖕"]);
    expect(checkVoice("ok 👍", guide).banned).toEqual([]);
  });

  it("ignores empty and duplicate terms", () => {
    expect(checkVoice("cheap", { banned: ["", " ", "cheap", "CHEAP"], avoid: [] })).toEqual({
      banned: ["cheap"],
      avoid: [],
    });
  });

  it("treats regex characters in terms literally", () => {
    expect(checkVoice("costs $$$ now", { banned: ["$$$", "a.b"], avoid: [] }).banned).toEqual(["$$$"]);
    expect(checkVoice("axb", { banned: ["a.b"], avoid: [] }).banned).toEqual([]);
  });
});
