import { afterEach, describe, expect, it, vi } from "vitest";
import { ActionFailure, runAction } from "./use-action-mutation";

const messages = { offline: "You are offline — nothing was changed.", network: "The server could not be reached." };

afterEach(() => vi.unstubAllGlobals());

describe("runAction", () => {
  it("offline: fails at once with the offline message and never calls the action", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    const action = vi.fn(async () => ({ ok: true as const, data: 1 }));
    await expect(runAction(action, {}, messages)).rejects.toMatchObject({
      error: { code: "offline", message: messages.offline },
    });
    expect(action).not.toHaveBeenCalled();
  });

  it("a request that fails on the way is a network failure, not an unhandled error", async () => {
    vi.stubGlobal("navigator", { onLine: true });
    const failure = await runAction(async () => Promise.reject(new TypeError("Failed to fetch")), {}, messages).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ActionFailure);
    expect(failure).toMatchObject({ error: { code: "network" } });
  });

  it("passes the server's refusal and its field errors through, and returns data on success", async () => {
    vi.stubGlobal("navigator", { onLine: true });
    const refusal = {
      code: "bad_request" as const,
      message: "Check the fields.",
      fieldErrors: { name: ["Enter a name."] },
    };
    await expect(runAction(async () => ({ ok: false as const, error: refusal }), {}, messages)).rejects.toMatchObject({
      error: refusal,
    });
    expect(await runAction(async (n: number) => ({ ok: true as const, data: n + 1 }), 1, messages)).toBe(2);
  });
});
