import { describe, expect, it } from "vitest";
import { generateInitialPassword } from "./initial-password";
import { addMemberSchema, changePasswordSchema, isHttpsUrl } from "./schemas";

describe("isHttpsUrl", () => {
  it("accepts https only", () => {
    expect(isHttpsUrl("https://example.com/a.png")).toBe(true);
    expect(isHttpsUrl("http://example.com/a.png")).toBe(false);
    expect(isHttpsUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpsUrl("data:image/png;base64,AAAA")).toBe(false);
    expect(isHttpsUrl("example.com/a.png")).toBe(false);
  });
});

describe("addMemberSchema", () => {
  it("lower-cases and trims the email", () => {
    expect(addMemberSchema.parse({ email: "  Jo@Example.COM ", name: "Jo", role: "analyst" }).email).toBe("jo@example.com");
  });
  it("refuses an unknown role", () => {
    expect(addMemberSchema.safeParse({ email: "jo@example.com", name: "Jo", role: "owner" }).success).toBe(false);
  });
});

describe("changePasswordSchema", () => {
  it("needs at least 10 characters for the new password", () => {
    expect(changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "123456789", confirmPassword: "123456789" }).success).toBe(false);
    expect(changePasswordSchema.safeParse({ currentPassword: "x", newPassword: "1234567890", confirmPassword: "1234567890" }).success).toBe(true);
  });
});

describe("generateInitialPassword", () => {
  it("is 16 characters from an unambiguous alphabet, and different every time", () => {
    const passwords = Array.from({ length: 50 }, () => generateInitialPassword());
    for (const p of passwords) expect(p).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{16}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
