import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConversationView } from "@/components/conversation/conversation-view";
import { db } from "@/db";
import { getComposerContext } from "@/db/queries/composer";
import { getConversationView } from "@/db/queries/conversation-view";
import { listEscalationManagers } from "@/db/queries/queue-options";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { conversationQueries } from "@/lib/conversation/queries";
import { triageScope } from "@/lib/inbox/triage";
import { jsonify } from "@/lib/jsonify";
import { getQueryClient } from "@/lib/query-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("inbox") };
}

/** One conversation with its own URL (shareable, reloadable): thread, contact panel, composer, notes. */
export default async function ConversationPage({
  params,
}: {
  params: Promise<{ workspace: string; conversationId: string }>;
}) {
  const { workspace, conversationId: rawId } = await params;
  const member = await requirePermission(workspace, "conversations.view");
  const conversationId = z.uuid().safeParse(rawId);
  if (!conversationId.success) notFound();
  const { workspaceId } = member;

  const [view, composer, managers] = await Promise.all([
    getConversationView(db, { workspaceId, conversationId: conversationId.data }),
    getComposerContext(db, { workspaceId, userId: member.user.id, role: member.role }),
    listEscalationManagers(db, { workspaceId }),
  ]);
  if (!view) notFound();
  const queryClient = getQueryClient();
  // The view was already read above (a missing one is a 404, not an empty page): seed the cache with it.
  queryClient.setQueryData(conversationQueries.view(workspaceId, conversationId.data).queryKey, jsonify(view));

  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <ConversationView
        workspaceId={workspaceId}
        slug={workspace}
        conversationId={conversationId.data}
        timeZone={member.workspace.timezone}
        currentUserId={member.user.id}
        composer={jsonify(composer)}
        managers={managers}
        permissions={{
          reply: can(member.role, "conversations.reply"),
          // The same rule the server applies (lib/inbox/triage.ts): brand-voice roles triage everything, others
          // only what is routed to a persona they may speak as — so the controls are not offered only to be refused.
          triage:
            can(member.role, "conversations.triage") &&
            (triageScope(member.user.id, member.role).operatorUserId === undefined ||
              composer.voices.some((voice) => voice.id === view.conversation.identityId)),
          assign: can(member.role, "conversations.assign"),
          note: can(member.role, "notes.create"),
        }}
      />
    </HydrationBoundary>
  );
}
