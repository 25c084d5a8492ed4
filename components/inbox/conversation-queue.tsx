"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { QueryTable } from "@/components/common/query-table";
import { useTranslations } from "next-intl";
import { TableHead } from "@/components/ui/table";
import type { ConversationStatus } from "@/db/schema/enums";
import { inboxQueries } from "@/lib/inbox/queries";
import { ConversationRow } from "./conversation-row";
import { StatusTabs } from "./status-tabs";
import { setConversationStatusAction } from "@/app/(dashboard)/w/[workspace]/inbox/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";

type Props = {
  workspaceId: string;
  slug: string;
  status: ConversationStatus;
  counts: Partial<Record<ConversationStatus, number>>;
  timeZone: string;
  canChangeStatus: boolean;
};

export function ConversationQueue({ workspaceId, slug, status, counts, timeZone, canChangeStatus }: Props) {
  const t = useTranslations("inbox");
  const setStatus = useActionMutation(
    (input: { conversationId: string; status: ConversationStatus; version: number }) =>
      setConversationStatusAction({ workspaceId, ...input }),
    {
      invalidate: [inboxQueries.all(workspaceId)],
      refresh: true, // the status tabs' counts are read on the server
      successMessage: (data) => t("statusChanged", { status: t(`statuses.${data.status}`) }),
    },
  );
  const query = useInfiniteQuery(inboxQueries.list(workspaceId, status));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div>
      <StatusTabs slug={slug} status={status} counts={counts} />
      <QueryTable
        query={query}
        isEmpty={items.length === 0}
        emptyText={t("empty")}
        head={
          <>
            <TableHead>{t("columns.contact")}</TableHead>
            <TableHead>{t("columns.message")}</TableHead>
            <TableHead>{t("columns.voiceAndAssignee")}</TableHead>
            <TableHead>{t("columns.triage")}</TableHead>
            <TableHead>{t("columns.lastActivity")}</TableHead>
            {canChangeStatus ? (
              <TableHead className="sticky right-0 bg-background">{t("columns.actions")}</TableHead>
            ) : null}
          </>
        }
      >
        {items.map((item) => (
          <ConversationRow
            key={item.id}
            item={item}
            slug={slug}
            timeZone={timeZone}
            canChangeStatus={canChangeStatus}
            pending={setStatus.isPending && setStatus.variables?.conversationId === item.id}
            onSetStatus={(next) => setStatus.mutate({ conversationId: item.id, status: next, version: item.version })}
          />
        ))}
      </QueryTable>
    </div>
  );
}
