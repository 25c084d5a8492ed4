import { describe, expect, it } from "vitest";
import { graphemeCount, textLength } from "./length";

describe("textLength", () => {
  it("weighs X as X does: URLs 23, emoji 2, and a 280 limit for posts and replies alike", () => {
    const url = "https://example.com/a/very/long/path/that/goes/on/and/on?with=query";
    expect(textLength(`New drop ${url}`, "x", "post").length).toBe(9 + 23);
    expect(textLength("🍂🍂", "x", "post").length).toBe(4);
    expect(textLength("a".repeat(281), "x", "post")).toEqual({ length: 281, limit: 280, over: true });
  });

  it("counts graphemes elsewhere: a family emoji, a flag and a skin tone are one character each", () => {
    expect(textLength("Hi 👩‍👩‍👧‍👦🇨🇭👍🏽", "bluesky", "post").length).toBe(6);
    expect(graphemeCount("e\u0301")).toBe(1);
  });

  it("uses the post limits for posts and the reply limits for replies", () => {
    const text = "a".repeat(2_000);
    expect(textLength(text, "linkedin", "post")).toMatchObject({ limit: 3_000, over: false });
    expect(textLength(text, "linkedin", "reply")).toMatchObject({ limit: 1_250, over: true });
    expect(textLength("x", "facebook", "post").limit).toBe(63_206);
    expect(textLength("x", "threads", "post").limit).toBe(500);
    expect(textLength("x", "instagram", "post").limit).toBe(2_200);
    expect(textLength("x", "mastodon", "post").limit).toBe(500);
  });

  it("counts a URL at its full length on Bluesky (no shortening there)", () => {
    expect(textLength("https://example.com/x", "bluesky", "post").length).toBe(21);
  });
});

describe("approximateX (the browser's count until twitter-text has loaded)", () => {
  it("matches X's exact count for Latin text and links", async () => {
    const { approximateX } = await import("./measure");
    const { countX } = await import("./length");
    for (const text of ["Plain words.", `Read this https://example.com/a/b?c=1 and http://x.co`, "ü".repeat(300)]) {
      expect(approximateX(text)).toBe(countX(text));
    }
  });
});
