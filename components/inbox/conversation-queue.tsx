"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { QueryTable } from "@/components/common/query-table";
import { useTranslations } from "next-intl";
import { TableHead } from "@/components/ui/table";
import type { listConversations } from "@/db/queries/conversations";
import type { ConversationStatus } from "@/db/schema/enums";
import { fetchJson } from "@/lib/fetch-json";
import { inboxKeys } from "@/lib/inbox/query-keys";
import type { Jsonify } from "@/lib/jsonify";
import { ConversationRow } from "./conversation-row";
import { StatusTabs } from "./status-tabs";
import { useSetConversationStatus } from "./use-set-status";

type Page = Jsonify<Awaited<ReturnType<typeof listConversations>>>;
type Cursor = Page["nextCursor"];

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
  const setStatus = useSetConversationStatus(workspaceId);
  const query = useInfiniteQuery({
    queryKey: inboxKeys.list(workspaceId, status),
    initialPageParam: null as Cursor,
    queryFn: ({ pageParam }) => {
      const search = new URLSearchParams({ status });
      if (pageParam) {
        search.set("cursorAt", pageParam.lastMessageAt);
        search.set("cursorId", pageParam.id);
      }
      return fetchJson<Page>(`/api/w/${workspaceId}/conversations?${search}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
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
            {canChangeStatus ? <TableHead className="sticky right-0 bg-background">{t("columns.actions")}</TableHead> : null}
          </>
        }
      >
        {items.map((item) => (
          <ConversationRow
            key={item.id}
            item={item}
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
