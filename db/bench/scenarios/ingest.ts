import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { signatureFor, verifySignature } from "../../../lib/http/signature";
import { createDb, type Db } from "../../connect";
import { ingestEvents } from "../../queries/ingest";
import type { BenchContext, Scenario } from "../context";
import { count, figure } from "../measure";

const SENDERS = 8;
const BATCH = 100;
const SECONDS = Number(process.env.BENCH_INGEST_SECONDS ?? 60);
const REPLAY_EVENTS = 100_000;
const SECRET = "bench-inbound-secret";

type Channel = { id: string; handle: string };

function inbound(externalId: string, at: Date, inReplyTo?: string) {
  return {
    externalId,
    direction: "inbound" as const,
    kind: "comment" as const,
    text: `Where is my order? (${externalId.slice(-6)})`,
    createdAt: at.toISOString(),
    author: { id: externalId, handle: `@bench_${externalId.slice(-5)}`, name: "Bench" },
    ...(inReplyTo ? { inReplyTo } : {}),
  };
}

/**
 * One signed request's work as the inbound route does it: verify the signature over the raw body, parse it, then
 * ingestEvents (the route handler itself needs the Next runtime, so the bench calls its parts).
 */
async function request(db: Db, workspaceId: string, channelId: string, events: unknown[]) {
  const raw = JSON.stringify({ events });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const check = verifySignature({
    secret: SECRET,
    timestamp,
    signature: signatureFor(SECRET, timestamp, raw),
    rawBody: raw,
  });
  if (!check.ok) throw new Error("signature");
  const parsed = JSON.parse(raw) as { events: unknown[] };
  const result = await ingestEvents(db, { workspaceId, channelId, events: parsed.events });
  if (!result.ok) throw new Error(result.code);
  return result.value;
}

/** Each sender streams batches of new messages, follow-ups on its own recent threads and platform answers. */
async function sustained(db: Db, workspaceId: string, channels: Channel[]) {
  const times: number[] = [];
  let created = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: SENDERS }, async (_, s) => {
      const recent: string[] = [];
      for (let b = 0; performance.now() < until; b++) {
        const channel = channels[(s + b) % channels.length]!;
        const now = new Date();
        const events = Array.from({ length: BATCH }, (_, i) => {
          const id = `bench-${randomUUID()}`;
          const roll = i % 10;
          const parent = recent.length ? recent[(b * 31 + i * 7) % recent.length] : undefined;
          if (roll === 0 && parent)
            return { ...inbound(id, now, parent), direction: "outbound" as const, text: "On it! -Becky" };
          const event = inbound(id, now, roll === 1 ? parent : undefined);
          recent.push(id);
          return event;
        });
        if (recent.length > 2000) recent.splice(0, recent.length - 2000);
        const started = performance.now();
        const results = await request(db, workspaceId, channel.id, events);
        times.push(performance.now() - started);
        created += results.filter((r) => r.status === "created").length;
      }
    }),
  );
  return { times, created };
}

/** The same 100,000 events sent by two groups of senders at once, in opposite orders. */
async function replay(db: Db, workspaceId: string, channels: Channel[]) {
  const now = new Date();
  const batches = Array.from({ length: REPLAY_EVENTS / BATCH }, (_, b) => ({
    channel: channels[b % channels.length]!,
    events: Array.from({ length: BATCH }, (_, i) =>
      inbound(`replay-${b}-${i}`, now, i % 4 === 3 ? `replay-${b}-${i - 1}` : undefined),
    ),
  }));
  const times: number[] = [];
  const statuses = { created: 0, duplicate: 0, rejected: 0 };
  const run = async (order: typeof batches, sender: number, senders: number) => {
    for (let i = sender; i < order.length; i += senders) {
      const { channel, events } = order[i]!;
      const started = performance.now();
      for (const r of await request(db, workspaceId, channel.id, events)) statuses[r.status]++;
      times.push(performance.now() - started);
    }
  };
  const reversed = [...batches].reverse();
  await Promise.all([
    ...Array.from({ length: SENDERS / 2 }, (_, s) => run(batches, s, SENDERS / 2)),
    ...Array.from({ length: SENDERS / 2 }, (_, s) => run(reversed, s, SENDERS / 2)),
  ]);
  const [row] = await db.execute<{ rows: number; distinct: number }>(
    sql`select count(*)::int as rows, count(distinct (channel_id, external_id))::int as distinct
        from messages where workspace_id = ${workspaceId} and external_id like 'replay-%'`,
  );
  return { times, statuses, rows: row!.rows, distinct: row!.distinct };
}

export const ingest: Scenario = {
  name: "ingest",
  description: `inbound events: ${SENDERS} senders × ${SECONDS} s of ${BATCH}-event batches, then a concurrent replay of 100,000 events`,
  async run(ctx: BenchContext) {
    const data = await ctx.dataset();
    const workspace = data.workspaces[0]!;
    const channels = await ctx.db.execute<Channel>(
      sql`select id, handle from channels where workspace_id = ${workspace.id} order by handle`,
    );
    const [{ n: conversations }] = (await ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from conversations where workspace_id = ${workspace.id}`,
    )) as unknown as [{ n: number }];
    const db = createDb(ctx.url, { max: SENDERS });
    try {
      ctx.log(
        `ingest: ${SENDERS} senders for ${SECONDS} s into a workspace with ${count(conversations)} conversations`,
      );
      const load = await sustained(db, workspace.id, [...channels]);
      const seconds = load.times.length ? SECONDS : 1;
      ctx.log(`ingest: replaying ${count(REPLAY_EVENTS)} events twice, concurrently`);
      const again = await replay(db, workspace.id, [...channels]);
      return [
        {
          ...figure("ingest", `${SENDERS} senders, ${BATCH}-event batches (per request)`, load.times),
          rowsPerSec: load.created / seconds,
          note: `${count(load.created)} messages in ${SECONDS} s = ${Math.round(load.created / seconds)}/s · ${count(conversations)} conversations before`,
        },
        {
          ...figure("ingest", `replay ${count(REPLAY_EVENTS)} events ×2 concurrently (per request)`, again.times),
          note: `created ${count(again.statuses.created)} · duplicate ${count(again.statuses.duplicate)} · rows ${count(again.rows)} · duplicates in table ${again.rows - again.distinct}`,
        },
      ];
    } finally {
      await db.$client.end({ timeout: 5 });
    }
  },
};
