import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { channels } from "@/db/schema";
import { inboundCommentIndexes } from "@/lib/connectors/sandbox-audience";
import { recordInboundItem } from "./inbound";

const COMMENTS = [
  "Love this! Where can I get one?",
  "Is this available in Switzerland too?",
  "Hmm, the last one broke after two weeks. Has that changed?",
  "Great post — when does it ship?",
  "Can you tell me more about the sizes?",
];

/**
 * The sandbox's audience also talks back: a few of a published post's simulated comments (deterministic per
 * target) arrive in the reply queue as new conversations. Idempotent through the comment's external id, so
 * repeated snapshots add nothing twice.
 */
export async function simulateInboundComments(
  db: DbOrTx,
  {
    target,
    channelId,
    comments,
  }: { target: { id: string; workspaceId: string; externalId: string }; channelId: string; comments: number },
) {
  const [channel] = await db.select({ platform: channels.platform }).from(channels).where(eq(channels.id, channelId));
  if (!channel) return;
  for (const index of inboundCommentIndexes(target.id, comments)) {
    const body = COMMENTS[(target.id.charCodeAt(0) + index) % COMMENTS.length]!;
    await recordInboundItem(db, {
      workspaceId: target.workspaceId,
      channelId,
      platform: channel.platform,
      kind: "comment",
      category: body.includes("broke") ? "criticism" : body.includes("?") ? "question" : "praise",
      item: {
        externalId: `sbx_c_${target.id}_${index}`,
        inReplyToExternalId: target.externalId,
        body,
        author: { handle: `@sandbox_fan_${target.id.slice(0, 6)}${index}`, displayName: `Sandbox fan ${index + 1}` },
        sentAt: new Date(),
      },
    });
  }
}
