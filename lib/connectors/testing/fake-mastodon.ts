import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local fake of the Mastodon endpoints Curtain uses, written from docs.joinmastodon.org: statuses (create with
 * Idempotency-Key and in_reply_to_id, the 500-character limit, view), verify_credentials, bearer tokens, errors as
 * `{ "error": "…" }`. Tests start it on a free port; nothing leaves the machine.
 */
export type FakeStatus = {
  id: string;
  url: string;
  content: string;
  in_reply_to_id: string | null;
  favourites_count: number;
  reblogs_count: number;
  replies_count: number;
};

export async function startFakeMastodon({ token = "good-token" } = {}) {
  const statuses = new Map<string, FakeStatus>();
  const byIdempotencyKey = new Map<string, string>();
  const requests: { method: string; path: string; headers: IncomingMessage["headers"]; body: unknown }[] = [];
  let nextId = 109_000_000_000_000_000n;
  // statusUrl: what the next created status claims as its link (a hostile or broken instance).
  const state = { rateLimitNext: 0, statusUrl: null as string | null };
  /** Mentions of the account, as GET /api/v1/notifications lists them (newest first). */
  const notifications: { id: string; type: "mention"; status: Record<string, unknown> }[] = [];
  const mention = (input: { id: string; acct: string; text: string; inReplyToId?: string | null }) =>
    notifications.unshift({
      id: `n${input.id}`,
      type: "mention",
      status: {
        id: input.id,
        in_reply_to_id: input.inReplyToId ?? null,
        content: `<p><span class="h-card"><a href="https://fake.social/@curtain">@<span>curtain</span></a></span> ${input.text}</p>`,
        created_at: new Date().toISOString(),
        account: { acct: input.acct, display_name: input.acct.split("@")[0] },
      },
    });

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "Content-Type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    let body: Record<string, unknown> = {};
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      return send(res, 400, { error: "Invalid JSON" });
    }
    const requestUrl = new URL(req.url ?? "/", "http://fake");
    const path = requestUrl.pathname;
    requests.push({ method: req.method ?? "", path, headers: req.headers, body });
    if (req.headers.authorization !== `Bearer ${token}`)
      return send(res, 401, { error: "The access token is invalid" });
    if (state.rateLimitNext > 0) {
      state.rateLimitNext--;
      return send(res, 429, { error: "Too many requests" }, { "Retry-After": "30" });
    }

    if (req.method === "GET" && path === "/api/v1/accounts/verify_credentials")
      return send(res, 200, { id: "1", username: "curtain", acct: "curtain" });
    if (req.method === "POST" && path === "/api/v1/statuses") {
      const key = req.headers["idempotency-key"];
      if (typeof key === "string" && byIdempotencyKey.has(key))
        return send(res, 200, statuses.get(byIdempotencyKey.get(key)!));
      const text = typeof body.status === "string" ? body.status : "";
      if (!text.trim()) return send(res, 422, { error: "Validation failed: Text can't be blank" });
      if ([...text].length > 500)
        return send(res, 422, { error: "Validation failed: Text character limit of 500 exceeded" });
      const parent = typeof body.in_reply_to_id === "string" ? body.in_reply_to_id : null;
      if (parent && !statuses.has(parent)) return send(res, 404, { error: "Record not found" });
      const id = String(nextId++);
      const status: FakeStatus = {
        id,
        url: state.statusUrl ?? `https://fake.social/@curtain/${id}`,
        content: `<p>${text}</p>`,
        in_reply_to_id: parent,
        favourites_count: 0,
        reblogs_count: 0,
        replies_count: 0,
      };
      statuses.set(id, status);
      if (parent) statuses.get(parent)!.replies_count++;
      if (typeof key === "string") byIdempotencyKey.set(key, id);
      return send(res, 200, status);
    }
    if (req.method === "GET" && path === "/api/v1/notifications") {
      const since = requestUrl.searchParams.get("since_id");
      const types = requestUrl.searchParams.getAll("types[]");
      const newer = (id: string) => !since || BigInt(id) > BigInt(since);
      return send(
        res,
        200,
        notifications.filter((n) => (!types.length || types.includes(n.type)) && newer(String(n.status.id))),
      );
    }
    const match = /^\/api\/v1\/statuses\/(\d+)$/.exec(path);
    if (req.method === "GET" && match) {
      const status = statuses.get(match[1]!);
      return status ? send(res, 200, status) : send(res, 404, { error: "Record not found" });
    }
    return send(res, 404, { error: "Not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    statuses,
    requests,
    state,
    mention,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
