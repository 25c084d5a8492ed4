"use client";

import { useQuery } from "@tanstack/react-query";
import { QueryTable } from "@/components/common/query-table";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableHead, TableRow } from "@/components/ui/table";
import { memberQueries } from "@/lib/members/queries";
import { MemberControls } from "./member-controls";

type Props = { workspaceId: string; currentUserId: string; canManage: boolean; timeZone: string };

/** Members with role, status and last sign-in; admins get the controls, managers a read-only list. */
export function MembersTable({ workspaceId, currentUserId, canManage, timeZone }: Props) {
  const t = useTranslations("members");
  const tRole = useTranslations("roles");
  const format = useFormatter();
  const query = useQuery(memberQueries.list(workspaceId));
  const members = query.data ?? [];
  return (
    <div className="grid grid-cols-1 gap-3">
      <QueryTable
        query={query}
        isEmpty={false}
        head={
          <>
            <TableHead>{t("columns.name")}</TableHead>
            <TableHead>{t("columns.email")}</TableHead>
            <TableHead>{t("columns.role")}</TableHead>
            <TableHead>{t("columns.lastLogin")}</TableHead>
            <TableHead>{t("columns.status")}</TableHead>
            {canManage ? <TableHead>{t("columns.actions")}</TableHead> : null}
          </>
        }
      >
        {members.map((m) => {
          const isSelf = m.userId === currentUserId;
          return (
            <TableRow key={m.userId} data-testid={`member-${m.email}`}>
              <TableCell className="font-medium">
                {m.name}
                {isSelf ? <span className="ml-1 text-xs text-muted-foreground">({t("you")})</span> : null}
              </TableCell>
              <TableCell>{m.email}</TableCell>
              <TableCell>
                {canManage && !isSelf ? <MemberControls.Role workspaceId={workspaceId} member={m} /> : tRole(m.role)}
              </TableCell>
              <TableCell>
                {m.lastLoginAt
                  ? format.dateTime(new Date(m.lastLoginAt), { dateStyle: "medium", timeStyle: "short", timeZone })
                  : t("never")}
              </TableCell>
              <TableCell>
                <Badge variant={m.active ? "success" : "outline"}>{m.active ? t("active") : t("inactive")}</Badge>
              </TableCell>
              {canManage ? (
                <TableCell>{isSelf ? null : <MemberControls.Actions workspaceId={workspaceId} member={m} />}</TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </QueryTable>
    </div>
  );
}
