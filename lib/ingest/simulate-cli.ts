/**
 * `npm run simulate -- --workspace <slug> --rate <events/s> [--duration <seconds>]`
 *
 * A live stream of realistic events into the workspace's sandbox channels through the same ingestion code as the
 * inbound webhook (ingestEvents) — for demos and for load. Runs until Ctrl-C (or --duration); progress on stderr,
 * a summary as JSON on stdout. Exit code 2 for an unknown workspace or one without sandbox channels.
 */
import { parseArgs } from "node:util";
import { and, eq, isNotNull } from "drizzle-orm";
import { openCliDatabase } from "../../db/cli-database";
import { createDb } from "../../db/connect";
import { ingestEvents } from "../../db/queries/ingest";
import { channels, identities, workspaces } from "../../db/schema";
import { EventStream } from "./simulate";

const USAGE = "usage: npm run simulate -- --workspace <slug> --rate <events/s> [--duration <seconds>]";
function refuse(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values: { workspace?: string; rate?: string; duration?: string };
try {
  values = parseArgs({
    options: { workspace: { type: "string" }, rate: { type: "string" }, duration: { type: "string" } },
  }).values;
} catch (error) {
  refuse(error instanceof Error ? error.message : String(error));
}
const rate = Number(values.rate ?? "5");
if (!values.workspace) refuse("--workspace is required.");
if (!Number.isFinite(rate) || rate <= 0 || rate > 20_000)
  refuse("--rate must be a number of events per second (0–20000).");
const duration = values.duration === undefined ? Infinity : Number(values.duration);
if (!(duration > 0)) refuse("--duration must be a positive number of seconds.");

const database = await openCliDatabase();
const db = createDb(database.url, { max: 4 });
const [workspace] = await db
  .select({ id: workspaces.id })
  .from(workspaces)
  .where(eq(workspaces.slug, values.workspace));
if (!workspace) {
  await db.$client.end();
  await database.close();
  refuse(`Unknown workspace "${values.workspace}".`);
}
const sandbox = await db
  .select({ id: channels.id, handle: channels.handle })
  .from(channels)
  .where(
    and(eq(channels.workspaceId, workspace.id), eq(channels.connector, "sandbox"), eq(channels.status, "connected")),
  );
if (sandbox.length === 0) {
  await db.$client.end();
  await database.close();
  refuse(`"${values.workspace}" has no connected sandbox channels.`);
}
const signOffs = (
  await db
    .select({ signOff: identities.signOff })
    .from(identities)
    .where(
      and(eq(identities.workspaceId, workspace.id), eq(identities.status, "active"), isNotNull(identities.signOff)),
    )
).map((r) => r.signOff!);

const stream = new EventStream(sandbox, signOffs);
const totals = { created: 0, duplicate: 0, rejected: 0 };
const started = Date.now();
let stopping = false;
const stop = () => (stopping = true);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
console.error(
  `Simulating ${rate} events/s into ${sandbox.length} sandbox channel(s) of ${values.workspace} (Ctrl-C stops).`,
);

let carry = 0;
let lastReport = started;
// One tick per 200 ms: events arrive in small batches, as a platform relay would send them.
while (!stopping && Date.now() - started < duration * 1000) {
  const tickStart = Date.now();
  carry += rate / 5;
  const n = Math.floor(carry);
  carry -= n;
  for (const [channel, events] of stream.next(n)) {
    const result = await ingestEvents(db, { workspaceId: workspace.id, channelId: channel.id, events });
    if (result.ok) for (const r of result.value) totals[r.status]++;
  }
  if (Date.now() - lastReport >= 5000) {
    lastReport = Date.now();
    const seconds = (lastReport - started) / 1000;
    console.error(
      `${seconds.toFixed(0)} s: ${totals.created} created (${(totals.created / seconds).toFixed(1)}/s), ${totals.rejected} rejected`,
    );
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 200 - (Date.now() - tickStart))));
}
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ workspace: values.workspace, seconds: Math.round(seconds), ...totals }));
await db.$client.end({ timeout: 5 });
await database.close();
process.exit(0);
