import { eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/inbox/actions";
import { conversations } from "@/db/schema";
import { testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { currentUser } from "@/lib/auth/session";
import { resultStatus } from "./helpers";
import type { MatrixEndpoint, MatrixTarget } from "./types";

/**
 * A fresh open, unassigned conversation in the fixture's workspace, routed to the persona its community manager
 * operates (so every role with conversations.triage may act on it), and more urgent than anything else there.
 */
async function freshConversation(objects: WorkspaceFixture, mostUrgent = false) {
  const [row] = await testDb()
    .insert(conversations)
    .values({
      workspaceId: objects.workspaceId,
      channelId: objects.channelId,
      contactId: objects.contactId,
      kind: "dm",
      identityId: objects.identities.persona,
      // For Claim next: due ever earlier, so it is the one claimed even with earlier attempts' leftovers around.
      slaDueAt: new Date(mostUrgent ? 1e12 - Date.now() : Date.now() - 365 * 86_400_000),
      preview: "matrix",
    })
    .returning({ id: conversations.id, version: conversations.version });
  return row!;
}

async function row(id: string) {
  const [found] = await testDb().select().from(conversations).where(eq(conversations.id, id));
  return found!;
}

/** An attempt on a fresh conversation that counts as a change when its version moved. */
function onFresh(
  call: (
    t: MatrixTarget,
    c: { id: string; version: number },
    me: string,
  ) => Promise<{ ok: boolean; error?: { code: string } }>,
): MatrixEndpoint["attempt"] {
  return async (target) => {
    const fresh = await freshConversation(target.objects);
    const me = (await currentUser())?.id ?? target.objects.users.admin.id;
    const result = await call(target, fresh, me);
    return { status: resultStatus(result), changed: (await row(fresh.id)).version !== fresh.version };
  };
}

const triage = { permission: "conversations.triage", mutates: true } as const;

export const matrix = {
  endpoints: {
    claimNextAction: {
      ...triage,
      audit: "conversation.claimed",
      objectless: true,
      attempt: async (target) => {
        const fresh = await freshConversation(target.objects, true);
        const result = await actions.claimNextAction({ workspaceId: target.workspaceId });
        return { status: resultStatus(result), changed: (await row(fresh.id)).assigneeId !== null };
      },
    },
    assignConversationAction: {
      ...triage,
      audit: "conversation.assigned",
      attempt: onFresh(({ workspaceId }, c, me) =>
        actions.assignConversationAction({ workspaceId, conversationId: c.id, version: c.version, assigneeId: me }),
      ),
    },
    snoozeConversationAction: {
      ...triage,
      audit: "conversation.snoozed",
      attempt: onFresh(({ workspaceId }, c) =>
        actions.snoozeConversationAction({
          workspaceId,
          conversationId: c.id,
          version: c.version,
          until: new Date(Date.now() + 2 * 3_600_000).toISOString(),
        }),
      ),
    },
    escalateConversationAction: {
      ...triage,
      audit: "conversation.escalated",
      attempt: onFresh(({ workspaceId }, c) =>
        actions.escalateConversationAction({
          workspaceId,
          conversationId: c.id,
          version: c.version,
          target: { to: "brand" },
          note: "Needs the brand",
        }),
      ),
    },
    bulkUpdateAction: {
      ...triage,
      audit: "conversation.bulk_updated",
      attempt: onFresh(({ workspaceId }, c) =>
        actions.bulkUpdateAction({
          workspaceId,
          items: [{ id: c.id, version: c.version }],
          change: { type: "priority", priority: "urgent" },
        }),
      ),
    },
  },
} satisfies { endpoints: Record<string, MatrixEndpoint> };
