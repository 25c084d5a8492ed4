import { describe, expect, it } from "vitest";
import { countX } from "@/lib/text/length";
import { graphemeCount, replyLength as measure } from "./length";

const replyLength = (text: string, platform: Parameters<typeof measure>[1]) => measure(text, platform, countX);

describe("replyLength", () => {
  it("counts a URL on X as 23, whatever its length", () => {
    const url = "https://example.com/a/very/long/path/that/goes/on/and/on/and/on?with=query";
    expect(replyLength(`See ${url}`, "x").length).toBe(4 + 23);
  });

  it("counts emoji as 2 on X, and as one character elsewhere (skin tones and flags included)", () => {
    expect(replyLength("👍🏽", "x").length).toBe(2);
    expect(replyLength("Hi 👍🏽🇨🇭", "mastodon").length).toBe(5);
    expect(graphemeCount("👩‍👩‍👧‍👦")).toBe(1);
  });

  it("flags a reply over the platform's limit", () => {
    expect(replyLength("a".repeat(280), "x")).toEqual({ length: 280, limit: 280, over: false });
    expect(replyLength("a".repeat(281), "x").over).toBe(true);
    expect(replyLength("ü".repeat(500), "mastodon").over).toBe(false);
  });
});
