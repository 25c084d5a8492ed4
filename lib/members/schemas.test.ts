import { describe, expect, it } from "vitest";
import { changePasswordSchema, isHttpsUrl } from "./schemas";

describe("isHttpsUrl", () => {
  it("accepts https only", () => {
    expect(isHttpsUrl("https://example.com/a.png")).toBe(true);
    expect(isHttpsUrl("http://example.com/a.png")).toBe(false);
    expect(isHttpsUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpsUrl("data:image/png;base64,AAAA")).toBe(false);
    expect(isHttpsUrl("example.com/a.png")).toBe(false);
  });
});

describe("changePasswordSchema", () => {
  it("needs at least 10 characters for the new password", () => {
    expect(
      changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "123456789", confirmPassword: "123456789" })
        .success,
    ).toBe(false);
    expect(
      changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "1234567890", confirmPassword: "1234567890" })
        .success,
    ).toBe(true);
  });
});
