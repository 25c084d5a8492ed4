"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { FieldError, selectClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CONNECTORS, PLATFORMS, type Platform } from "@/db/schema/enums";
import { createChannelAction, updateChannelAction } from "@/app/(dashboard)/w/[workspace]/settings/channels/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import type { CreateChannelInput, UpdateChannelInput } from "@/lib/channels/schemas";
import type { ChannelOwner, ChannelRow } from "./channels-manager";
import { SecretField } from "./secret-field";

type Connector = (typeof CONNECTORS)[number];
type SaveInput = ({ mode: "create" } & Omit<CreateChannelInput, "workspaceId">) | ({ mode: "update" } & Omit<UpdateChannelInput, "workspaceId">);


type Props = { workspaceId: string; channel: ChannelRow | null; owners: ChannelOwner[]; onClose: () => void };

/** Add or edit an account. Secret inputs start empty: on edit, leaving them empty keeps the stored secret. */
export function ChannelFormDialog({ workspaceId, channel, owners, onClose }: Props) {
  const t = useTranslations("channels");
  const tPlatform = useTranslations("platforms");
  const formRef = useRef<HTMLFormElement>(null);
  const [platform, setPlatform] = useState<Platform>(channel?.platform ?? "x");
  const [connector, setConnector] = useState<Connector>(channel?.connector ?? "sandbox");
  const tToast = useTranslations("channels.toasts");
  const save = useActionMutation(
    (input: SaveInput) =>
      input.mode === "create" ? createChannelAction({ workspaceId, ...input }) : updateChannelAction({ workspaceId, ...input }),
    {
      refresh: true,
      errorToast: false, // shown in the dialog, next to the fields
      successMessage: (channel, input) => tToast(input.mode === "create" ? "created" : "updated", { handle: channel.handle }),
      onSuccess: onClose,
    },
  );
  const actionError = save.actionError;
  const errors = save.fieldErrors;
  // What is stored can be kept only while the connector stays the same.
  const stored = channel && channel.connector === connector && channel.connectorSummary !== "unreadable" ? channel.connectorSummary : null;
  const prefix = channel ? `channel-${channel.id}` : "channel-new";
  const field = (name: string) => ({
    id: `${prefix}-${name}`,
    name,
    "aria-invalid": Boolean(errors[name]) || undefined,
    "aria-describedby": errors[name] ? `${prefix}-${name}-error` : undefined,
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
    const common = {
      handle: data.handle ?? "",
      identityId: data.identityId ?? "",
      connector,
      webhookUrl: data.webhookUrl ?? "",
      signingSecret: data.signingSecret ?? "",
      instanceUrl: data.instanceUrl ?? "",
      accessToken: data.accessToken ?? "",
    };
    save.mutate(channel ? { mode: "update", channelId: channel.id, ...common } : { mode: "create", platform, ...common }, {
      // Focus the first field that needs attention, so keyboard and screen-reader users land on the problem.
      onError: () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus()),
    });
  }

  const selectableOwners = owners.filter((o) => o.status === "active" || o.id === channel?.identityId);
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{channel ? t("form.editTitle", { handle: channel.handle }) : t("form.addTitle")}</DialogTitle>
          <DialogDescription>{t("form.description")}</DialogDescription>
        </DialogHeader>
        <form ref={formRef} onSubmit={onSubmit} className="grid gap-4" noValidate>
          {actionError && !actionError.fieldErrors ? (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{actionError.message}</AlertDescription>
            </Alert>
          ) : null}
          <div className="grid gap-1.5">
            <Label htmlFor={`${prefix}-platform`}>{t("form.platform")}</Label>
            <select
              {...field("platform")}
              value={platform}
              onChange={(e) => setPlatform(e.target.value as Platform)}
              disabled={Boolean(channel)}
              aria-describedby={channel ? `${prefix}-platform-hint` : undefined}
              className={selectClass}
            >
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {tPlatform(p)}
                </option>
              ))}
            </select>
            {channel ? <p id={`${prefix}-platform-hint`} className="text-xs text-muted-foreground">{t("form.platformFixed")}</p> : null}
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${prefix}-handle`}>{t("form.handle")}</Label>
            <Input {...field("handle")} defaultValue={channel?.handle ?? ""} required maxLength={200} autoComplete="off" autoFocus />
            <p className="text-xs text-muted-foreground">{t("form.handleHint")}</p>
            <FieldError id={`${prefix}-handle-error`} messages={errors.handle} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${prefix}-identityId`}>{t("form.owner")}</Label>
            <select {...field("identityId")} defaultValue={channel?.identityId ?? selectableOwners[0]?.id} className={selectClass}>
              {selectableOwners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.displayName} ({t(`identityKinds.${o.kind}`)}{o.status === "retired" ? `, ${t("retired")}` : ""})
                </option>
              ))}
            </select>
            <FieldError id={`${prefix}-identityId-error`} messages={errors.identityId} />
          </div>
          <div className="grid gap-1.5">
            <Label htmlFor={`${prefix}-connector`}>{t("form.connector")}</Label>
            <select {...field("connector")} value={connector} onChange={(e) => setConnector(e.target.value as Connector)} className={selectClass}>
              {CONNECTORS.map((c) => (
                <option key={c} value={c}>
                  {t(`connectors.${c}`)}
                </option>
              ))}
            </select>
            <p className="text-xs text-muted-foreground">{t(`connectorHelp.${connector}`)}</p>
            <FieldError id={`${prefix}-connector-error`} messages={errors.connector} />
          </div>
          {connector === "webhook" ? (
            <>
              <SecretField {...field("webhookUrl")} type="url" label={t("form.webhookUrl")} current={stored?.url} errors={errors.webhookUrl} />
              <SecretField {...field("signingSecret")} type="password" label={t("form.signingSecret")} secretSet={stored?.secretSet} errors={errors.signingSecret} />
            </>
          ) : null}
          {connector === "mastodon" ? (
            <>
              <SecretField {...field("instanceUrl")} type="url" label={t("form.instanceUrl")} current={stored?.url} errors={errors.instanceUrl} />
              <SecretField {...field("accessToken")} type="password" label={t("form.accessToken")} secretSet={stored?.secretSet} errors={errors.accessToken} />
            </>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {t("form.cancel")}
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? t("form.saving") : t("form.save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
