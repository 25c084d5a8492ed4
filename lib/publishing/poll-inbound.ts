import { and, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { channels, messages, postTargets } from "@/db/schema";
import { thrownFailure, withTimeout } from "@/lib/connectors";
import { loadReadyChannel } from "@/lib/connectors/channel";
import { CONNECTOR_TIMEOUT_MS } from "@/lib/jobs/names";
import { recordInboundItem } from "./inbound";

/**
 * The `poll-inbound` job (cron): asks every connected channel whose connector polls (Mastodon) for mentions and
 * replies since the newest one we have, and puts them into the reply queue. The newest inbound external id is the
 * cursor (Mastodon ids are time-ordered), so no extra state is kept; re-reading an item changes nothing.
 */
export async function pollInbound(db: DbOrTx) {
  const rows = await db
    .select({ id: channels.id, workspaceId: channels.workspaceId, platform: channels.platform })
    .from(channels)
    .where(and(eq(channels.connector, "mastodon"), eq(channels.status, "connected")));
  let recorded = 0;
  for (const channel of rows) {
    const ready = await loadReadyChannel(db, channel.id);
    if ("ok" in ready || !ready.connector.fetchInbound) continue;
    const [newest] = await db
      .select({ externalId: messages.externalId })
      .from(messages)
      .where(and(eq(messages.channelId, channel.id), eq(messages.direction, "inbound")))
      .orderBy(desc(sql`length(${messages.externalId})`), desc(messages.externalId))
      .limit(1);
    const fetchInbound = ready.connector.fetchInbound.bind(ready.connector);
    const result = await withTimeout(CONNECTOR_TIMEOUT_MS, (signal) =>
      fetchInbound({ channel: ready.channel, sinceExternalId: newest?.externalId ?? null, signal }).catch(
        thrownFailure,
      ),
    );
    if (!result.ok) continue;
    for (const item of result.value) {
      // A reply to one of our posts is a comment on it; anything else that names the account is a mention.
      const onPost = item.inReplyToExternalId
        ? (
            await db
              .select({ id: postTargets.id })
              .from(postTargets)
              .where(and(eq(postTargets.channelId, channel.id), eq(postTargets.externalId, item.inReplyToExternalId)))
          ).length > 0
        : false;
      const outcome = await recordInboundItem(db, {
        workspaceId: channel.workspaceId,
        channelId: channel.id,
        platform: channel.platform,
        item,
        kind: onPost ? "comment" : "mention",
      });
      if (outcome === "recorded") recorded++;
    }
  }
  return recorded;
}
