import { describe, expect, it } from "vitest";
import {
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  totpCode,
  totpUri,
  verifyTotp,
  TOTP_PERIOD_SECONDS,
} from "./two-factor";

// RFC 6238 appendix B's SHA-1 secret "12345678901234567890" in base32.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("matches RFC 6238's SHA-1 test vectors (last six digits)", () => {
    expect(totpCode(RFC_SECRET, 59)).toBe("287082");
    expect(totpCode(RFC_SECRET, 1111111109)).toBe("081804");
    expect(totpCode(RFC_SECRET, 1234567890)).toBe("005924");
    expect(totpCode(RFC_SECRET, 2000000000)).toBe("279037");
  });

  it("accepts the current step and one either side, with a fixed clock", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000;
    const step = Math.floor(now / TOTP_PERIOD_SECONDS);
    expect(verifyTotp(secret, totpCode(secret, now), { epochSeconds: now })).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, now - 30), { epochSeconds: now })).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, now + 30), { epochSeconds: now })).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(secret, now - 90), { epochSeconds: now })).toBeNull();
    expect(verifyTotp(secret, "12345", { epochSeconds: now })).toBeNull();
    expect(verifyTotp(secret, "abcdef", { epochSeconds: now })).toBeNull();
  });

  it("refuses a code for a step that was already used (replay)", () => {
    const secret = newTotpSecret();
    const now = 1_800_000_000;
    const step = verifyTotp(secret, totpCode(secret, now), { epochSeconds: now })!;
    expect(verifyTotp(secret, totpCode(secret, now), { epochSeconds: now + 5, afterStep: step })).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, now + 30), { epochSeconds: now + 30, afterStep: step })).toBe(step + 1);
  });

  it("builds an otpauth URI for the QR code", () => {
    expect(totpUri("JBSWY3DPEHPK3PXP", "ann@example.com")).toMatch(
      /^otpauth:\/\/totp\/Curtain:ann(%40|@)example\.com\?.*secret=JBSWY3DPEHPK3PXP/,
    );
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes; typing them back ignores case, spaces and the dash", () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const [first] = codes as [string];
    expect(hashRecoveryCode(first.toLowerCase().replace("-", " "))).toBe(hashRecoveryCode(first));
    expect(hashRecoveryCode(first)).not.toBe(hashRecoveryCode(codes[1]!));
  });
});
