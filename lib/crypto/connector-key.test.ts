import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

let dataDir: string;

/** A fresh module (the key is cached per process) reading the environment as stubbed. */
async function resolveKey() {
  vi.resetModules();
  const { connectorSecretKey } = await import("./connector-key");
  return connectorSecretKey();
}

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-key-"));
  vi.stubEnv("CURTAIN_DATA_DIR", dataDir);
  vi.stubEnv("CURTAIN_SECRET_KEY", "");
});

afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("connectorSecretKey", () => {
  it("uses CURTAIN_SECRET_KEY when set, and names it when it is malformed", async () => {
    const key = randomBytes(32);
    vi.stubEnv("CURTAIN_SECRET_KEY", key.toString("hex"));
    expect((await resolveKey()).equals(key)).toBe(true);
    vi.stubEnv("CURTAIN_SECRET_KEY", "too-short");
    await expect(resolveKey()).rejects.toThrow(/CURTAIN_SECRET_KEY must be 32 random bytes/);
  });

  it("generates a key once under the data directory in development (mode 0600) and reuses it", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const first = await resolveKey();
    const file = path.join(dataDir, "secret-key");
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await resolveKey()).equals(first)).toBe(true);
  });

  it("refuses to invent a key in production with its own database", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DATABASE_URL", "postgres://app:pw@db.internal:5432/curtain");
    await expect(resolveKey()).rejects.toThrow(/CURTAIN_SECRET_KEY is required in production/);
    expect(fs.existsSync(path.join(dataDir, "secret-key"))).toBe(false);
  });
});
