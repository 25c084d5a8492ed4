import { eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { channels, posts, postTargets } from "@/db/schema";
import type { WorkspaceFixture } from "@/db/testing/fixtures";
import { sealConnectorConfig, type ConnectorConfig } from "@/lib/connectors/config";
import { connectorSecretKey } from "@/lib/crypto/connector-key";

let counter = 0;

/** A channel of the fixture's workspace with the given connector (config sealed like the settings page does). */
export async function addChannel(db: DbOrTx, fx: WorkspaceFixture, config: ConnectorConfig | null = null) {
  const [channel] = await db
    .insert(channels)
    .values({
      workspaceId: fx.workspaceId,
      platform: config?.connector === "mastodon" ? "mastodon" : "instagram",
      handle: `@pub_${fx.tag}_${++counter}`,
      identityId: fx.identities.brand,
      connector: config?.connector ?? "sandbox",
    })
    .returning({ id: channels.id });
  if (config) {
    const sealed = sealConnectorConfig(config, connectorSecretKey(), {
      workspaceId: fx.workspaceId,
      channelId: channel!.id,
    });
    await db.update(channels).set({ configEncrypted: sealed }).where(eq(channels.id, channel!.id));
  }
  return channel!.id;
}

/** A scheduled post due at `at` with one target per channel. */
export async function addScheduledPost(
  db: DbOrTx,
  fx: WorkspaceFixture,
  channelIds: string[],
  { body = `Post ${++counter}`, at = new Date(), identity = "brand" as "brand" | "persona" } = {},
) {
  const [post] = await db
    .insert(posts)
    .values({
      workspaceId: fx.workspaceId,
      identityId: fx.identities[identity],
      body,
      status: "scheduled",
      scheduledAt: at,
    })
    .returning({ id: posts.id });
  const targets = await db
    .insert(postTargets)
    .values(
      channelIds.map((channelId) => ({
        workspaceId: fx.workspaceId,
        postId: post!.id,
        channelId,
        idempotencyKey: `post:${post!.id}:${channelId}`,
      })),
    )
    .returning({ id: postTargets.id });
  return { postId: post!.id, targetIds: targets.map((t) => t.id) };
}

/** graphile-worker's waiting jobs for a key. */
export async function jobsFor(db: DbOrTx, key: string) {
  return db.execute<{ run_at: Date; locked_at: Date | null }>(
    sql`select run_at, locked_at from graphile_worker._private_jobs where key = ${key}`,
  );
}
