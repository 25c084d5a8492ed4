"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listChannelOwners } from "@/db/queries/channels";
import type { ChannelListItem } from "@/lib/channels/channel-changes";
import type { Jsonify } from "@/lib/jsonify";
import { ChannelFormDialog } from "./channel-form-dialog";
import { DeleteChannelDialog } from "./delete-channel-dialog";
import { VerifyChannelButton } from "./verify-channel-button";
import {
  deleteChannelAction,
  disconnectChannelAction,
  reconnectChannelAction,
} from "@/app/(dashboard)/w/[workspace]/settings/channels/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";

const COMMANDS = {
  disconnect: disconnectChannelAction,
  reconnect: reconnectChannelAction,
  delete: deleteChannelAction,
};
type Command = { command: keyof typeof COMMANDS; channelId: string; handle: string };

export type ChannelRow = Jsonify<ChannelListItem>;
export type ChannelOwner = Awaited<ReturnType<typeof listChannelOwners>>[number];

const STATUS_VARIANT = { connected: "success", disconnected: "outline", error: "destructive" } as const;

type Props = {
  workspaceId: string;
  channels: ChannelRow[];
  owners: ChannelOwner[];
  canManage: boolean;
  timeZone: string;
};

export function ChannelsManager({ workspaceId, channels, owners, canManage, timeZone }: Props) {
  const t = useTranslations("channels");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  const tToast = useTranslations("channels.toasts");
  // The list is read on the server (secrets are summarised there), so it is refreshed rather than refetched.
  const command = useActionMutation(
    ({ command, channelId }: Command) => COMMANDS[command]({ workspaceId, channelId }),
    {
      refresh: true,
      successMessage: (_data, { command, handle }) =>
        command === "delete"
          ? tToast("deleted")
          : tToast(command === "disconnect" ? "disconnected" : "reconnected", { handle }),
    },
  );
  const [editing, setEditing] = useState<ChannelRow | "new" | null>(null);
  const [deleting, setDeleting] = useState<ChannelRow | null>(null);

  return (
    <div className="grid grid-cols-1 gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {canManage ? null : (
          <Alert>
            <AlertDescription>{t("readOnly")}</AlertDescription>
          </Alert>
        )}
        {canManage ? <Button onClick={() => setEditing("new")}>{t("add")}</Button> : null}
      </div>
      <div className="rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("columns.platform")}</TableHead>
              <TableHead>{t("columns.handle")}</TableHead>
              <TableHead>{t("columns.owner")}</TableHead>
              <TableHead>{t("columns.connector")}</TableHead>
              <TableHead>{t("columns.status")}</TableHead>
              <TableHead>{t("columns.created")}</TableHead>
              {canManage ? <TableHead>{t("columns.actions")}</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {channels.map((c) => {
              const busy = command.isPending && command.variables?.channelId === c.id;
              return (
                <TableRow key={c.id}>
                  <TableCell>{tPlatform(c.platform)}</TableCell>
                  <TableCell className="font-medium">{c.handle}</TableCell>
                  <TableCell>
                    {c.identity.displayName}{" "}
                    <span className="text-xs text-muted-foreground">
                      ({t(`identityKinds.${c.identity.kind}`)}
                      {c.identity.status === "retired" ? `, ${t("retired")}` : ""})
                    </span>
                  </TableCell>
                  <TableCell>
                    <div>{t(`connectors.${c.connector}`)}</div>
                    {canManage && c.connectorSummary === "unreadable" ? (
                      <div className="text-xs text-destructive">{t("unreadable")}</div>
                    ) : null}
                    {canManage && c.connectorSummary && c.connectorSummary !== "unreadable" ? (
                      <div className="text-xs text-muted-foreground">
                        {c.connectorSummary.url} · {c.connectorSummary.secretSet ? t("secretSet") : t("secretMissing")}
                      </div>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Badge variant={STATUS_VARIANT[c.status]}>{t(`statuses.${c.status}`)}</Badge>
                  </TableCell>
                  <TableCell className="whitespace-nowrap">
                    {format.dateTime(new Date(c.createdAt), { dateStyle: "medium", timeZone })}
                  </TableCell>
                  {canManage ? (
                    <TableCell>
                      <div className="flex flex-wrap gap-2">
                        <Button
                          size="sm"
                          variant="outline"
                          onClick={() => setEditing(c)}
                          aria-label={t("editLabel", { handle: c.handle })}
                        >
                          {t("edit")}
                        </Button>
                        {c.status === "disconnected" ? (
                          <Button
                            size="sm"
                            variant="outline"
                            disabled={busy}
                            onClick={() => command.mutate({ command: "reconnect", channelId: c.id, handle: c.handle })}
                            aria-label={t("reconnectLabel", { handle: c.handle })}
                          >
                            {t("reconnect")}
                          </Button>
                        ) : (
                          <Button
                            size="sm"
                            variant="outline"
                            disabled={busy}
                            onClick={() => command.mutate({ command: "disconnect", channelId: c.id, handle: c.handle })}
                            aria-label={t("disconnectLabel", { handle: c.handle })}
                          >
                            {t("disconnect")}
                          </Button>
                        )}
                        <VerifyChannelButton workspaceId={workspaceId} channelId={c.id} handle={c.handle} />
                        {/* Accounts with conversations or posts keep their history: disconnect instead. */}
                        {c.inUse ? null : (
                          <Button
                            size="sm"
                            variant="ghost"
                            disabled={busy}
                            onClick={() => setDeleting(c)}
                            aria-label={t("deleteLabel", { handle: c.handle })}
                          >
                            {t("delete")}
                          </Button>
                        )}
                      </div>
                    </TableCell>
                  ) : null}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {channels.length === 0 ? <p className="p-6 text-center text-sm text-muted-foreground">{t("empty")}</p> : null}
      </div>
      {canManage && editing ? (
        <ChannelFormDialog
          workspaceId={workspaceId}
          channel={editing === "new" ? null : editing}
          owners={owners}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {canManage && deleting ? (
        <DeleteChannelDialog
          handle={deleting.handle}
          pending={command.isPending}
          onCancel={() => setDeleting(null)}
          onConfirm={() =>
            command.mutate(
              { command: "delete", channelId: deleting.id, handle: deleting.handle },
              { onSettled: () => setDeleting(null) },
            )
          }
        />
      ) : null}
    </div>
  );
}
