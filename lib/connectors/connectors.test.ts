import { describe, expect, it } from "vitest";
import { getConnector, withTimeout } from ".";

describe("withTimeout", () => {
  it("turns a call that never answers into a transient failure and aborts it", async () => {
    let aborted = false;
    const result = await withTimeout(
      50,
      (signal) =>
        new Promise((_, reject) =>
          signal.addEventListener("abort", () => ((aborted = true), reject(new Error("aborted")))),
        ),
    );
    expect(result).toEqual({ ok: false, kind: "transient", reason: "no answer within 0 s" });
    expect(aborted).toBe(true);
  });

  it("passes a prompt answer through", async () => {
    expect(await withTimeout(1_000, async () => ({ ok: true, value: 1 }))).toEqual({ ok: true, value: 1 });
  });
});

describe("getConnector", () => {
  it("knows every configured connector", () => {
    const db = {} as never;
    expect(getConnector("sandbox", { db })).toMatchObject({ name: "sandbox" });
    expect(getConnector("webhook", { db })).toMatchObject({ name: "webhook", idempotencyWindowMs: 0 });
    expect(getConnector("mastodon", { db })).toMatchObject({ name: "mastodon" });
  });
});
