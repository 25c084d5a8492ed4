"use client";

import { useQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { SlaBadge } from "@/components/sla/sla-badge";
import { Alert } from "@/components/ui/alert";
import type { ComposerContext } from "@/db/queries/composer";
import type { Jsonify } from "@/lib/jsonify";
import { conversationQueries, type ConversationViewData } from "@/lib/conversation/queries";
import { ContactPanel } from "./contact-panel";
import { ConversationControls } from "./conversation-controls";
import { NoteComposer } from "./note-composer";
import { QueueSidebar } from "./queue-sidebar";
import { ReplyComposer } from "./reply-composer";
import { Thread } from "./thread";
import { useConversationMutations } from "./use-conversation-mutations";

export type ViewData = ConversationViewData;
export type ConversationPermissions = { reply: boolean; triage: boolean; assign: boolean; note: boolean };

type Props = {
  workspaceId: string;
  slug: string;
  conversationId: string;
  timeZone: string;
  currentUserId: string;
  composer: Jsonify<ComposerContext>;
  permissions: ConversationPermissions;
  /** Who the conversation can be escalated to (managers and admins). */
  managers: { id: string; name: string }[];
};

/** The conversation page: polls the view so others' replies, notes and changes appear within seconds. */
export function ConversationView({
  workspaceId,
  slug,
  conversationId,
  timeZone,
  currentUserId,
  composer,
  permissions,
  managers,
}: Props) {
  const t = useTranslations("conversation");
  const { data, isError } = useQuery(conversationQueries.view(workspaceId, conversationId));
  const mutations = useConversationMutations(workspaceId, conversationId);
  if (!data) return <Alert variant="destructive">{t("loadFailed")}</Alert>;
  const { conversation } = data;

  return (
    <div className="grid gap-4 xl:grid-cols-[16rem_minmax(0,1fr)]">
      <QueueSidebar workspaceId={workspaceId} slug={slug} currentId={conversationId} />
      <div className="grid min-w-0 content-start gap-4">
        <div className="flex flex-wrap items-center gap-3">
          <Link
            href={`/w/${slug}/inbox`}
            className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
          >
            <ArrowLeft className="size-4" aria-hidden />
            {t("back")}
          </Link>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">
            {t("title", { contact: conversation.contact.displayName })}
          </h1>
          <SlaBadge
            timeZone={timeZone}
            dueAt={conversation.status === "open" || conversation.status === "pending" ? conversation.slaDueAt : null}
          />
        </div>
        {isError ? <Alert variant="destructive">{t("loadFailed")}</Alert> : null}
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_18rem]">
          <div className="grid min-w-0 content-start gap-4">
            <ConversationControls
              conversation={conversation}
              members={composer.members}
              currentUserId={currentUserId}
              permissions={permissions}
              mutation={mutations.update}
              workspaceId={workspaceId}
              managers={managers}
            />
            <Thread
              items={data.thread}
              contactName={conversation.contact.displayName}
              timeZone={timeZone}
              canRetry={permissions.reply}
              retry={mutations.retry}
            />
            {permissions.reply ? (
              <ReplyComposer
                view={data}
                voices={composer.voices}
                savedReplies={composer.savedReplies}
                mutation={mutations.sendReply}
                ownVersion={mutations.update.data?.version}
              />
            ) : null}
            {permissions.note ? (
              <NoteComposer
                conversationId={conversationId}
                members={composer.members}
                currentUserId={currentUserId}
                mutation={mutations.addNote}
              />
            ) : null}
          </div>
          <ContactPanel
            view={data}
            slug={slug}
            timeZone={timeZone}
            canTag={permissions.triage}
            mutation={mutations.setLabels}
          />
        </div>
      </div>
    </div>
  );
}
