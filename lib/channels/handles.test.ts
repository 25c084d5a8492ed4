import { describe, expect, it } from "vitest";
import { normaliseHandle } from "./handles";

const ok = (handle: string) => ({ ok: true, handle });

describe("normaliseHandle", () => {
  it("normalises X handles: trims, adds @, lower-cases, max 15 of [a-z0-9_]", () => {
    expect(normaliseHandle("x", "  DemoBrand ")).toEqual(ok("@demobrand"));
    expect(normaliseHandle("x", "@jay_at_demo")).toEqual(ok("@jay_at_demo"));
    expect(normaliseHandle("x", "@a23456789012345")).toEqual(ok("@a23456789012345"));
    for (const bad of ["@a234567890123456", "demo brand", "demo.brand", "@", "@@demo", "dëmo"]) {
      expect(normaliseHandle("x", bad)).toEqual({ ok: false, error: "x" });
    }
  });

  it("checks Instagram and Threads usernames (dots allowed, not leading, trailing or doubled)", () => {
    expect(normaliseHandle("instagram", "@Demo.Brand_")).toEqual(ok("@demo.brand_"));
    expect(normaliseHandle("threads", "demo.brand")).toEqual(ok("@demo.brand"));
    for (const bad of [".demo", "demo.", "de..mo", "a".repeat(31), "demo-brand"]) {
      expect(normaliseHandle("instagram", bad)).toEqual({ ok: false, error: "instagram" });
      expect(normaliseHandle("threads", bad)).toEqual({ ok: false, error: "threads" });
    }
  });

  it("checks TikTok usernames (2–24 characters, not ending with a dot)", () => {
    expect(normaliseHandle("tiktok", "@Demo.Brand")).toEqual(ok("@demo.brand"));
    for (const bad of ["d", "demo.", "a".repeat(25), "demo-brand"])
      expect(normaliseHandle("tiktok", bad)).toEqual({ ok: false, error: "tiktok" });
  });

  it("wants full domain handles on Bluesky", () => {
    expect(normaliseHandle("bluesky", "@Alice.bsky.social")).toEqual(ok("@alice.bsky.social"));
    expect(normaliseHandle("bluesky", "demobrand.com")).toEqual(ok("@demobrand.com"));
    for (const bad of ["alice", "alice.", "-alice.bsky.social", "1.2.3.4", "alice bsky.social"]) {
      expect(normaliseHandle("bluesky", bad)).toEqual({ ok: false, error: "bluesky" });
    }
  });

  it("wants user@instance on Mastodon", () => {
    expect(normaliseHandle("mastodon", "@DemoBrand@Mastodon.Social")).toEqual(ok("@demobrand@mastodon.social"));
    expect(normaliseHandle("mastodon", "demo_brand@chaos.social")).toEqual(ok("@demo_brand@chaos.social"));
    for (const bad of ["@demobrand", "demo@brand@mastodon.social", "demo@localhost", "de-mo@mastodon.social"]) {
      expect(normaliseHandle("mastodon", bad)).toEqual({ ok: false, error: "mastodon" });
    }
  });

  it("keeps display names on Facebook, LinkedIn, YouTube and other platforms, tidied", () => {
    expect(normaliseHandle("facebook", "  Demo   Brand ")).toEqual(ok("Demo Brand"));
    expect(normaliseHandle("linkedin", "Demo Brand GmbH")).toEqual(ok("Demo Brand GmbH"));
    // NFC: a decomposed "ü" and the composed one are the same handle.
    expect(normaliseHandle("youtube", "Gru\u0308ße")).toEqual(ok("Grüße"));
    expect(normaliseHandle("other", "Café 🎉")).toEqual(ok("Café 🎉"));
    expect(normaliseHandle("other", "x".repeat(101))).toEqual({ ok: false, error: "tooLong" });
  });

  it("refuses empty handles everywhere", () => {
    for (const platform of ["x", "facebook", "mastodon"] as const) {
      expect(normaliseHandle(platform, "   ")).toEqual({ ok: false, error: "required" });
    }
  });
});
