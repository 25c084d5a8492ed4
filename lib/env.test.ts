import { describe, expect, it } from "vitest";
import { curtainEnv } from "./env";

describe("curtainEnv", () => {
  it("has defaults for everything optional", () => {
    expect(curtainEnv({})).toEqual({
      CURTAIN_DATA_DIR: ".data",
      CURTAIN_SECRET_KEY: undefined,
      CURTAIN_TRUSTED_PROXY_HOPS: 0,
      CURTAIN_IMPORT_MAX_BYTES: 2 * 1024 ** 3,
      CURTAIN_WEBHOOK_TIMEOUT_MS: 10_000,
      CURTAIN_API_RATE_LIMIT: 600,
      CURTAIN_INBOUND_RATE_LIMIT: 600,
      CURTAIN_WORKER_CONCURRENCY: 4,
      CURTAIN_WORKER_POLL_MS: 2_000,
      CURTAIN_SANDBOX_LATENCY_MS: 0,
      CURTAIN_PUBLISH_LEASE_SECONDS: 120,
      CURTAIN_ALLOW_REMOTE_TEST_DB: false,
      CURTAIN_ALLOW_REMOTE_BENCH: false,
    });
  });

  it("reads the rate limits and refuses nonsense with the variable's name", () => {
    expect(curtainEnv({ CURTAIN_API_RATE_LIMIT: "60", CURTAIN_INBOUND_RATE_LIMIT: "" })).toMatchObject({
      CURTAIN_API_RATE_LIMIT: 60,
      CURTAIN_INBOUND_RATE_LIMIT: 600,
    });
    expect(() => curtainEnv({ CURTAIN_API_RATE_LIMIT: "0" })).toThrow(/CURTAIN_API_RATE_LIMIT/);
    expect(() => curtainEnv({ CURTAIN_INBOUND_RATE_LIMIT: "lots" })).toThrow(/CURTAIN_INBOUND_RATE_LIMIT/);
  });

  it.each([
    ["", 0],
    ["0", 0],
    ["2", 2],
    ["10", 10],
  ])("reads CURTAIN_TRUSTED_PROXY_HOPS=%s as %d", (value, hops) => {
    expect(curtainEnv({ CURTAIN_TRUSTED_PROXY_HOPS: value }).CURTAIN_TRUSTED_PROXY_HOPS).toBe(hops);
  });

  // A typo must not silently trust (or distrust) the proxies: the server refuses to start and names the variable.
  it.each(["-1", "abc", "1.5", "99"])("refuses CURTAIN_TRUSTED_PROXY_HOPS=%s, naming it", (value) => {
    expect(() => curtainEnv({ CURTAIN_TRUSTED_PROXY_HOPS: value })).toThrow(/CURTAIN_TRUSTED_PROXY_HOPS/);
  });

  it("treats an empty secret key as unset and refuses a flag that is not 0 or 1", () => {
    expect(curtainEnv({ CURTAIN_SECRET_KEY: "  " }).CURTAIN_SECRET_KEY).toBeUndefined();
    expect(curtainEnv({ CURTAIN_ALLOW_REMOTE_TEST_DB: "1" }).CURTAIN_ALLOW_REMOTE_TEST_DB).toBe(true);
    expect(() => curtainEnv({ CURTAIN_ALLOW_REMOTE_BENCH: "yes" })).toThrow(/CURTAIN_ALLOW_REMOTE_BENCH/);
    expect(() => curtainEnv({ CURTAIN_DATA_DIR: " " })).toThrow(/CURTAIN_DATA_DIR/);
  });
});
