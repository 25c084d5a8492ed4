import type { Connector as ConnectorName } from "@/lib/connectors/config";
import { mastodonConnector } from "./mastodon";
import { sandboxConnector } from "./sandbox";
import type { Connector, ConnectorDeps, ConnectorFailure } from "./types";
import { webhookConnector } from "./webhook";

export type { Connector, ConnectorChannel, ConnectorDeps, ConnectorFailure, ConnectorResult } from "./types";

const REGISTRY: Record<ConnectorName, (deps: ConnectorDeps) => Connector> = {
  sandbox: sandboxConnector,
  webhook: () => webhookConnector(),
  mastodon: () => mastodonConnector(),
};

export function getConnector(name: ConnectorName, deps: ConnectorDeps): Connector {
  return REGISTRY[name](deps);
}

/**
 * Runs one connector call with a deadline: a platform that never answers must not hold a worker slot forever.
 * The call gets the signal (to stop its own I/O) and is also raced against it, for calls that ignore signals.
 */
export async function withTimeout<T>(
  ms: number,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T | ConnectorFailure> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ConnectorFailure>((resolve) => {
    timer = setTimeout(() => {
      // Settle first, then abort: the race must end with the timeout, not with the call's abort rejection.
      resolve({ ok: false, kind: "transient", reason: `no answer within ${Math.round(ms / 1000)} s` });
      controller.abort(new Error("timeout"));
    }, ms);
  });
  try {
    return await Promise.race([call(controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A connector call that threw (a bug or an unexpected I/O error) counts as transient, with its message. */
export function thrownFailure(error: unknown): ConnectorFailure {
  return { ok: false, kind: "transient", reason: error instanceof Error ? error.message : String(error) };
}
