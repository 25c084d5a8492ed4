import { and, count, eq, isNull } from "drizzle-orm";
import * as replyActions from "@/app/(dashboard)/w/[workspace]/inbox/[conversationId]/actions";
import * as notificationActions from "@/app/(dashboard)/w/[workspace]/notifications/actions";
import * as savedReplyActions from "@/app/(dashboard)/w/[workspace]/settings/saved-replies/actions";
import * as viewRoute from "@/app/api/w/[workspaceId]/conversations/[conversationId]/route";
import * as notificationsRoute from "@/app/api/w/[workspaceId]/notifications/route";
import { contacts, conversations, messages, notes, notifications, savedReplies } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { currentUser } from "@/lib/auth/session";
import { httpStatus, resultStatus, routeParams } from "./helpers";
import type { MatrixModule } from "./types";

const db = () => testDb();

/**
 * A fresh open conversation waiting on one inbound message, at version 1, routed to the persona the community
 * manager operates (so every role that may triage may triage this one).
 */
async function freshConversation(objects: WorkspaceFixture) {
  const [row] = await db()
    .insert(conversations)
    .values({
      workspaceId: objects.workspaceId,
      channelId: objects.channelId,
      contactId: objects.contactId,
      identityId: objects.identities.persona,
      kind: "comment",
      waitingSince: new Date(),
    })
    .returning({ id: conversations.id });
  return row!.id;
}

const version = async (id: string) =>
  (await db().select({ v: conversations.version }).from(conversations).where(eq(conversations.id, id)))[0]!.v;
const outboundCount = async (conversationId: string) =>
  (
    await db()
      .select({ n: count() })
      .from(messages)
      .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "outbound")))
  )[0]!.n;

async function freshSavedReply(objects: WorkspaceFixture) {
  const [row] = await db()
    .insert(savedReplies)
    .values({ workspaceId: objects.workspaceId, title: `Matrix ${uniqueTag()}`, body: "Hi {{contact.name}}" })
    .returning({ id: savedReplies.id });
  return row!.id;
}
const savedReplyTitle = async (id: string) =>
  (await db().select({ title: savedReplies.title }).from(savedReplies).where(eq(savedReplies.id, id)))[0]?.title;

export const matrix: MatrixModule = {
  endpoints: {
    sendReplyAction: {
      permission: "conversations.reply",
      mutates: true,
      audit: "conversation.replied",
      attempt: async ({ workspaceId, objects }) => {
        const conversationId = await freshConversation(objects);
        // Each role answers with a voice it may use: the community manager operates the fixture's persona.
        const user = await currentUser();
        const identityId =
          user?.id === objects.users.community_manager.id ? objects.identities.persona : objects.identities.brand;
        const result = await replyActions.sendReplyAction({
          workspaceId,
          conversationId,
          version: 1,
          identityId,
          body: "Thanks for writing!",
          resolve: false,
        });
        return { status: resultStatus(result), changed: (await outboundCount(conversationId)) > 0 };
      },
    },
    retryDeliveryAction: {
      permission: "conversations.reply",
      mutates: true,
      audit: "message.retried",
      attempt: async ({ workspaceId, objects }) => {
        const conversationId = await freshConversation(objects);
        const tag = uniqueTag();
        const [message] = await db()
          .insert(messages)
          .values({
            workspaceId: objects.workspaceId,
            conversationId,
            channelId: objects.channelId,
            direction: "outbound",
            body: "x",
            identityId: objects.identities.brand,
            deliveryStatus: "failed",
            error: "network unavailable",
            idempotencyKey: `matrix:${tag}`,
          })
          .returning({ id: messages.id });
        const result = await replyActions.retryDeliveryAction({ workspaceId, messageId: message!.id });
        const [after] = await db()
          .select({ status: messages.deliveryStatus })
          .from(messages)
          .where(eq(messages.id, message!.id));
        return { status: resultStatus(result), changed: after!.status !== "failed" };
      },
    },
    updateConversationAction: {
      permission: "conversations.triage",
      mutates: true,
      audit: "conversation.updated",
      attempt: async ({ workspaceId, objects }) => {
        const conversationId = await freshConversation(objects);
        const result = await replyActions.updateConversationAction({
          workspaceId,
          conversationId,
          version: 1,
          priority: "urgent",
          category: "praise",
        });
        return { status: resultStatus(result), changed: (await version(conversationId)) !== 1 };
      },
    },
    setContactLabelsAction: {
      permission: "conversations.triage",
      mutates: true,
      audit: "contact.tagged",
      attempt: async ({ workspaceId, objects }) => {
        await db().update(contacts).set({ labels: [] }).where(eq(contacts.id, objects.contactId));
        const result = await replyActions.setContactLabelsAction({
          workspaceId,
          contactId: objects.contactId,
          labels: ["vip"],
        });
        const [after] = await db()
          .select({ labels: contacts.labels })
          .from(contacts)
          .where(eq(contacts.id, objects.contactId));
        return { status: resultStatus(result), changed: after!.labels.length > 0 };
      },
    },
    addNoteAction: {
      permission: "notes.create",
      mutates: true,
      audit: "conversation.note_added",
      attempt: async ({ workspaceId, objects }) => {
        const conversationId = await freshConversation(objects);
        const result = await replyActions.addNoteAction({
          workspaceId,
          conversationId,
          body: "Check the order first",
          mentions: [objects.users.manager.id],
        });
        const [n] = await db().select({ n: count() }).from(notes).where(eq(notes.conversationId, conversationId));
        return { status: resultStatus(result), changed: n!.n > 0 };
      },
    },
    markNotificationsReadAction: {
      permission: "conversations.view",
      mutates: true,
      auditExempt: "marks the caller's own notifications read: personal reading state, not a change to the workspace",
      // It only ever touches the caller's own notifications in the workspace it names; there is no object id.
      objectless: true,
      attempt: async ({ workspaceId, objects }) => {
        const user = await currentUser();
        const userId = user?.id ?? objects.users.admin.id;
        const [row] = await db()
          .insert(notifications)
          .values({ workspaceId: objects.workspaceId, userId, kind: "mention", excerpt: "x" })
          .returning({ id: notifications.id });
        const result = await notificationActions.markNotificationsReadAction({ workspaceId });
        const [after] = await db()
          .select({ readAt: notifications.readAt })
          .from(notifications)
          .where(eq(notifications.id, row!.id));
        await db()
          .update(notifications)
          .set({ readAt: new Date() })
          .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
        return { status: resultStatus(result), changed: after!.readAt !== null };
      },
    },
    createSavedReplyAction: {
      permission: "savedReplies.manage",
      mutates: true,
      audit: "saved_reply.created",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const title = `Matrix new ${uniqueTag()}`;
        const result = await savedReplyActions.createSavedReplyAction({
          workspaceId,
          title,
          body: "Hello {{contact.name}}",
          identityId: null,
        });
        const [row] = await db()
          .select({ id: savedReplies.id })
          .from(savedReplies)
          .where(eq(savedReplies.title, title));
        return { status: resultStatus(result), changed: Boolean(row) };
      },
    },
    updateSavedReplyAction: {
      permission: "savedReplies.manage",
      mutates: true,
      audit: "saved_reply.updated",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshSavedReply(objects);
        const before = await savedReplyTitle(id);
        const result = await savedReplyActions.updateSavedReplyAction({
          workspaceId,
          savedReplyId: id,
          title: `Renamed ${uniqueTag()}`,
          body: "Hi",
          identityId: null,
        });
        return { status: resultStatus(result), changed: (await savedReplyTitle(id)) !== before };
      },
    },
    deleteSavedReplyAction: {
      permission: "savedReplies.manage",
      mutates: true,
      audit: "saved_reply.deleted",
      attempt: async ({ workspaceId, objects }) => {
        const id = await freshSavedReply(objects);
        const result = await savedReplyActions.deleteSavedReplyAction({ workspaceId, savedReplyId: id });
        return { status: resultStatus(result), changed: (await savedReplyTitle(id)) === undefined };
      },
    },
    "GET /api/w/[workspaceId]/conversations/[conversationId]": {
      permission: "conversations.view",
      mutates: false,
      attempt: async ({ workspaceId, objects }) => {
        const params = Promise.resolve({ workspaceId, conversationId: objects.conversationId });
        const response = await viewRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/conversations/${objects.conversationId}`),
          { params },
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
    "GET /api/w/[workspaceId]/notifications": {
      permission: "conversations.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const response = await notificationsRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/notifications`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};
