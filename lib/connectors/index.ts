import type { Connector as ConnectorName } from "@/lib/connectors/config";
import { sandboxConnector } from "./sandbox";
import { permanent, type Connector, type ConnectorDeps, type ConnectorFailure } from "./types";

export type { Connector, ConnectorChannel, ConnectorDeps, ConnectorFailure, ConnectorResult } from "./types";

/** Connectors by name. `webhook` and `mastodon` are configured today but deliver in a later issue. */
const REGISTRY: Partial<Record<ConnectorName, (deps: ConnectorDeps) => Connector>> = {
  sandbox: sandboxConnector,
};

export function getConnector(name: ConnectorName, deps: ConnectorDeps): Connector | ConnectorFailure {
  const make = REGISTRY[name];
  return make ? make(deps) : permanent(`connector "${name}" cannot deliver yet`);
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
