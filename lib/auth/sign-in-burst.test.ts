/**
 * Sign-in under attack: a burst of parallel wrong passwords must be cut off by the throttle before argon2 runs (the
 * count of hash verifications is the measure, not timing), and an unknown email must look exactly like a wrong
 * password — the same refusal, the same throttle, and the same one hash verification.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { checkCredentials, SIGN_IN_LIMITS } from "./credentials";

// A counting seam around the real argon2 verification: every call still hashes.
const verifications = vi.hoisted(() => ({ known: 0, unknown: 0 }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return {
    ...real,
    verifyPassword: async (hash: string | null, password: string) => {
      if (hash) verifications.known++;
      else verifications.unknown++;
      return real.verifyPassword(hash, password);
    },
  };
});

const db = testDb();
let fx: WorkspaceFixture;
const BURST = 200;

function reset() {
  verifications.known = 0;
  verifications.unknown = 0;
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Sign-in burst");
});

describe("a burst of wrong passwords", () => {
  it(`${BURST} in parallel from one address: at most ${SIGN_IN_LIMITS.accountAddress.free} reach the hash`, async () => {
    reset();
    const ip = `203.0.113.7-${uniqueTag()}`;
    const outcomes = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        checkCredentials(db, { email: fx.users.analyst.email, password: `guess ${i}`, ip }),
      ),
    );
    expect(verifications.known).toBeLessThanOrEqual(SIGN_IN_LIMITS.accountAddress.free);
    expect(verifications.known + verifications.unknown).toBe(
      outcomes.filter((o) => !o.ok && o.reason === "invalid").length,
    );
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    expect(outcomes.filter((o) => !o.ok && o.reason === "rate_limited")).toHaveLength(BURST - verifications.known);
  });

  it(`${BURST} in parallel, each from its own address: the account's own limit holds`, async () => {
    reset();
    const tag = uniqueTag();
    const outcomes = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        checkCredentials(db, { email: fx.users.manager.email, password: `guess ${i}`, ip: `198.18.${i}.1-${tag}` }),
      ),
    );
    expect(outcomes.every((o) => !o.ok)).toBe(true);
    // The account limit lets `free` through at once; the next waits at least a minute, which a burst never does.
    expect(verifications.known).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.free);
  });

  it("the owner, from an address they signed in from before, is not locked out by the burst", async () => {
    const ip = `192.0.2.44-${uniqueTag()}`;
    const { email } = fx.users.social_media_manager;
    expect((await checkCredentials(db, { email, password: fx.password, ip })).ok).toBe(true);
    await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        checkCredentials(db, { email, password: `guess ${i}`, ip: `198.19.${i}.2-${uniqueTag()}` }),
      ),
    );
    expect((await checkCredentials(db, { email, password: fx.password, ip })).ok).toBe(true);
  });
});

describe("no user enumeration", () => {
  it("an unknown email and a wrong password get the same refusal, and both cost one hash verification", async () => {
    reset();
    const wrong = await checkCredentials(db, {
      email: fx.users.admin.email,
      password: "not the password",
      ip: `203.0.113.8-${uniqueTag()}`,
    });
    expect(verifications).toEqual({ known: 1, unknown: 0 });
    reset();
    const unknown = await checkCredentials(db, {
      email: `nobody-${uniqueTag()}@curtain.test`,
      password: "not the password",
      ip: `203.0.113.9-${uniqueTag()}`,
    });
    expect(verifications).toEqual({ known: 0, unknown: 1 });
    expect(unknown).toEqual(wrong);
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
  });

  it("an unknown email is throttled exactly like a known one (the limit does not reveal which exist)", async () => {
    const ip = `203.0.113.10-${uniqueTag()}`;
    const run = async (email: string) => {
      const reasons: string[] = [];
      for (let i = 0; i <= SIGN_IN_LIMITS.accountAddress.free; i++) {
        const outcome = await checkCredentials(db, { email, password: "not the password", ip });
        reasons.push(outcome.ok ? "ok" : outcome.reason);
      }
      return reasons;
    };
    const known = await run(fx.users.community_manager.email);
    const unknown = await run(`nobody-${uniqueTag()}@curtain.test`);
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toBe("rate_limited");
  });

  it("an unknown email's verification runs real argon2 against a real hash (not a shortcut)", async () => {
    const { verifyPassword } = await vi.importActual<typeof import("./password")>("./password");
    const started = performance.now();
    expect(await verifyPassword(null, "anything")).toBe(false);
    // Not a timing comparison: only that the dummy path did hash work at all (argon2 takes milliseconds).
    expect(performance.now() - started).toBeGreaterThan(1);
  });
});
