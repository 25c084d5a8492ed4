import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Role } from "@/db/schema/enum-values";
import { replyLength } from "@/lib/conversation/length";
import { countX } from "@/lib/text/length";
import { applySignOff, checkVoice } from "@/lib/identities/voice";
import { canSpeakAs } from "@/lib/identities/speak-as";
import { emitWebhookEvent } from "@/lib/webhooks/emit";
import { addJob } from "@/lib/jobs/add-job";
import { DELIVERY_MAX_ATTEMPTS } from "@/lib/jobs/names";
import { businessSeconds } from "@/lib/metrics/business-time";
import { fail, fieldFailure, notFoundOrConflict, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { channels, conversations, identities, identityOperators, messages, responses, workspaces } from "../schema";
import { recordAudit } from "./audit";

export type SendReplyInput = {
  workspaceId: string;
  conversationId: string;
  /** The conversation version the author saw: someone else's reply, claim or change since then is a conflict. */
  version: number;
  identityId: string;
  body: string;
  user: { id: string; role: Role };
  resolve?: boolean;
  now?: Date;
};
export type SentReply = {
  conversation: { id: string; version: number; status: string };
  message: { id: string; body: string; deliveryStatus: "queued" };
};

const conversationExists = (db: DbOrTx, workspaceId: string, id: string) => () =>
  db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.id, id), eq(conversations.workspaceId, workspaceId)))
    .then((r) => r[0]);

/**
 * The conversation with what a reply needs from its channel, workspace and the chosen voice, in one round trip;
 * undefined for another workspace's conversation, `identity` null for a voice of another workspace.
 */
async function loadForReply(db: DbOrTx, workspaceId: string, conversationId: string, identityId: string) {
  const [row] = await db
    .select({
      conversation: conversations,
      channel: { id: channels.id, identityId: channels.identityId, platform: channels.platform },
      workspace: {
        timezone: workspaces.timezone,
        businessHours: workspaces.businessHours,
        closedDays: workspaces.closedDays,
      },
      identity: {
        id: identities.id,
        kind: identities.kind,
        status: identities.status,
        signOff: identities.signOff,
        voiceGuide: identities.voiceGuide,
        operatorIds: sql<
          string[]
        >`coalesce((select array_agg(${identityOperators.userId}) from ${identityOperators} where ${identityOperators.identityId} = ${identities.id}), '{}')`,
      },
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .innerJoin(workspaces, eq(workspaces.id, conversations.workspaceId))
    .leftJoin(identities, and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)))
    .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
  return row;
}

/**
 * Answers a conversation in one transaction: the version-guarded conversation update, the outbound message
 * (queued, with voice and author), the `responses` row of the wait it ends, the delivery job and the audit event.
 * Either all of it is written or none; the job only exists once the transaction commits.
 */
export async function sendReply(db: DbOrTx, input: SendReplyInput): Promise<Outcome<SentReply>> {
  const { workspaceId, conversationId, version, identityId, user, resolve = false, now = new Date() } = input;
  if (input.body.trim() === "") return fieldFailure("bad_request", "body", "conversation.errors.empty");

  return db.transaction(async (tx) => {
    const loaded = await loadForReply(tx, workspaceId, conversationId, identityId);
    if (!loaded) return fail("not_found");
    const { conversation, channel, workspace, identity } = loaded;
    if (
      !identity?.id ||
      !canSpeakAs(user, { kind: identity.kind, status: identity.status, operatorIds: identity.operatorIds })
    ) {
      return fieldFailure("forbidden", "identityId", "conversation.errors.voice");
    }
    if (conversation.version !== version) return fail("conflict");

    const body = applySignOff(input.body.trim(), identity, channel);
    const { banned } = checkVoice(body, identity.voiceGuide);
    if (banned.length > 0)
      return fieldFailure("bad_request", "body", "conversation.errors.banned", { terms: banned.join(", ") });
    const length = replyLength(body, channel.platform, countX);
    if (length.over)
      return fieldFailure("bad_request", "body", "conversation.errors.tooLong", {
        limit: length.limit,
        length: length.length,
      });

    const [updated] = await tx
      .update(conversations)
      .set({
        version: sql`${conversations.version} + 1`,
        status: resolve ? "resolved" : conversation.status === "snoozed" ? "open" : conversation.status,
        waitingSince: null,
        slaDueAt: null,
        snoozedUntil: null,
        firstResponseAt: sql`coalesce(${conversations.firstResponseAt}, ${now.toISOString()}::timestamptz)`,
        lastMessageAt: now,
      })
      .where(
        and(
          eq(conversations.id, conversationId),
          eq(conversations.workspaceId, workspaceId),
          eq(conversations.version, version),
        ),
      )
      .returning({ id: conversations.id, version: conversations.version, status: conversations.status });
    // Read above at the same version, so `conversation` is exactly the state this update replaced.
    if (!updated) return notFoundOrConflict(conversationExists(tx, workspaceId, conversationId));

    const messageId = randomUUID();
    await tx.insert(messages).values({
      id: messageId,
      workspaceId,
      conversationId,
      channelId: channel.id,
      direction: "outbound",
      body,
      identityId: identity.id,
      authorUserId: user.id,
      deliveryStatus: "queued",
      idempotencyKey: `reply:${messageId}`,
      sentAt: now,
    });
    if (conversation.waitingSince) {
      const start = conversation.waitingSince;
      await tx.insert(responses).values({
        workspaceId,
        conversationId,
        messageId,
        identityId: identity.id,
        identityKind: identity.kind,
        userId: user.id,
        channelId: channel.id,
        priority: conversation.priority,
        category: conversation.category,
        waitStartedAt: start,
        respondedAt: now,
        responseSeconds: Math.max(0, Math.round((now.getTime() - start.getTime()) / 1000)),
        businessSeconds: businessSeconds(start, now, workspace.businessHours, workspace.timezone, workspace.closedDays),
        isFirst: conversation.firstResponseAt === null,
      });
    }
    await addJob(
      tx,
      "deliver-reply",
      { messageId },
      { jobKey: `deliver-reply:${messageId}`, maxAttempts: DELIVERY_MAX_ATTEMPTS },
    );
    await emitWebhookEvent(tx, {
      workspaceId,
      type: "message.created",
      data: { messageId, conversationId, direction: "outbound" },
    });
    await recordAudit(tx, {
      workspaceId,
      actorUserId: user.id,
      action: "conversation.replied",
      objectType: "conversation",
      objectId: conversationId,
      data: { messageId, identityId: identity.id, resolved: resolve },
    });
    return ok({ conversation: updated, message: { id: messageId, body, deliveryStatus: "queued" as const } });
  });
}

/**
 * Puts a failed reply back in the queue. The message keeps its idempotency key, so even if the platform did take
 * the earlier attempt (and only the answer got lost), this delivery returns that post instead of a second one.
 */
export async function retryDelivery(
  db: DbOrTx,
  { workspaceId, messageId, userId }: { workspaceId: string; messageId: string; userId: string },
): Promise<Outcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(messages)
      .set({ deliveryStatus: "queued", error: null })
      .where(
        and(
          eq(messages.id, messageId),
          eq(messages.workspaceId, workspaceId),
          eq(messages.direction, "outbound"),
          eq(messages.deliveryStatus, "failed"),
        ),
      )
      .returning({ id: messages.id, conversationId: messages.conversationId });
    if (!row) {
      return notFoundOrConflict(() =>
        tx
          .select({ id: messages.id })
          .from(messages)
          .where(
            and(eq(messages.id, messageId), eq(messages.workspaceId, workspaceId), eq(messages.direction, "outbound")),
          )
          .then((r) => r[0]),
      );
    }
    await addJob(
      tx,
      "deliver-reply",
      { messageId },
      { jobKey: `deliver-reply:${messageId}`, maxAttempts: DELIVERY_MAX_ATTEMPTS },
    );
    await recordAudit(tx, {
      workspaceId,
      actorUserId: userId,
      action: "message.retried",
      objectType: "conversation",
      objectId: row.conversationId,
      data: { messageId },
    });
    return ok({ id: row.id });
  });
}
