import { describe, expect, it } from "vitest";
import { httpUrlOrNull, imageSrcOrUndefined } from "./link";

describe("httpUrlOrNull", () => {
  it("keeps absolute http(s) URLs", () => {
    expect(httpUrlOrNull("https://mastodon.social/@curtain/1")).toBe("https://mastodon.social/@curtain/1");
    expect(httpUrlOrNull("http://example.com/a")).toBe("http://example.com/a");
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/relative/path",
    "//evil.example/x",
    "",
  ])("drops %j", (value) => {
    expect(httpUrlOrNull(value)).toBeNull();
  });

  it("drops what is not a string", () => {
    expect(httpUrlOrNull(42)).toBeNull();
    expect(httpUrlOrNull({ toString: () => "https://x" })).toBeNull();
  });
});

describe("imageSrcOrUndefined", () => {
  it("keeps http(s) images and this site's paths", () => {
    expect(imageSrcOrUndefined("https://cdn.example/a.png")).toBe("https://cdn.example/a.png");
    expect(imageSrcOrUndefined("/api/avatars/x.png")).toBe("/api/avatars/x.png");
  });

  it.each([
    "javascript:alert(1)",
    "data:image/svg+xml,<svg onload=alert(1)>",
    "//evil.example/a.png",
    "/\\evil.example",
  ])("drops %j", (value) => expect(imageSrcOrUndefined(value)).toBeUndefined());
});
