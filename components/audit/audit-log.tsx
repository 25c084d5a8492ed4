"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { QueryTable } from "@/components/common/query-table";
import { useFormatter, useTranslations } from "next-intl";
import { TableCell, TableHead, TableRow } from "@/components/ui/table";
import { auditQueries } from "@/lib/audit/queries";
import type { AuditFilterParams } from "@/lib/audit/schemas";
import { AuditChange, auditObjectName } from "./audit-change";
import { useAuditLabels } from "./use-audit-labels";

export function AuditLog({
  workspaceId,
  filters,
  timeZone,
}: {
  workspaceId: string;
  filters: AuditFilterParams;
  timeZone: string;
}) {
  const t = useTranslations("audit");
  const labels = useAuditLabels();
  const format = useFormatter();
  const query = useInfiniteQuery(auditQueries.list(workspaceId, filters));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div>
      <QueryTable
        query={query}
        isEmpty={items.length === 0}
        emptyText={t("empty")}
        scrollLabel={t("title")}
        head={
          <>
            <TableHead>{t("columns.time")}</TableHead>
            <TableHead>{t("columns.actor")}</TableHead>
            <TableHead>{t("columns.action")}</TableHead>
            <TableHead>{t("columns.object")}</TableHead>
            <TableHead>{t("columns.change")}</TableHead>
          </>
        }
      >
        {items.map((item) => (
          <TableRow key={item.id}>
            <TableCell className="whitespace-nowrap">
              <time dateTime={item.createdAt}>
                {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "medium", timeZone })}
              </time>
            </TableCell>
            <TableCell>{item.actorName ?? (item.actorUserId ? t("formerMember") : t("system"))}</TableCell>
            <TableCell>
              <span title={item.action}>{labels.action(item.action)}</span>
            </TableCell>
            <TableCell>
              <span className="text-muted-foreground">{labels.objectType(item.objectType)}</span>{" "}
              {auditObjectName(item)}
            </TableCell>
            <TableCell>
              <AuditChange item={item} />
            </TableCell>
          </TableRow>
        ))}
      </QueryTable>
    </div>
  );
}
