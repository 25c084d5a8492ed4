"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Field, selectClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { CONNECTORS, PLATFORMS, type Platform } from "@/db/schema/enum-values";
import { createChannelAction, updateChannelAction } from "@/app/(dashboard)/w/[workspace]/settings/channels/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import type { CreateChannelInput, UpdateChannelInput } from "@/lib/channels/schemas";
import type { ChannelOwner, ChannelRow } from "./channels-manager";
import { SecretField } from "./secret-field";

type Connector = (typeof CONNECTORS)[number];
type SaveInput =
  | ({ mode: "create" } & Omit<CreateChannelInput, "workspaceId">)
  | ({ mode: "update" } & Omit<UpdateChannelInput, "workspaceId">);

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
      input.mode === "create"
        ? createChannelAction({ workspaceId, ...input })
        : updateChannelAction({ workspaceId, ...input }),
    {
      refresh: true,
      errorToast: false, // shown in the dialog, next to the fields
      successMessage: (channel, input) =>
        tToast(input.mode === "create" ? "created" : "updated", { handle: channel.handle }),
      onSuccess: onClose,
    },
  );
  const actionError = save.actionError;
  const errors = save.fieldErrors;
  // What is stored can be kept only while the connector stays the same.
  const stored =
    channel && channel.connector === connector && channel.connectorSummary !== "unreadable"
      ? channel.connectorSummary
      : null;
  const prefix = channel ? `channel-${channel.id}` : "channel-new";
  const id = (name: string) => `${prefix}-${name}`;
  // The secret fields keep their own "stored / replace" frame; they get the same id and error ties as a Field.
  const secret = (name: string) => ({
    id: id(name),
    name,
    "aria-invalid": Boolean(errors[name]) || undefined,
    "aria-describedby": errors[name] ? `${id(name)}-error` : undefined,
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
    save.mutate(
      channel ? { mode: "update", channelId: channel.id, ...common } : { mode: "create", platform, ...common },
      {
        // Focus the first field that needs attention, so keyboard and screen-reader users land on the problem.
        onError: () =>
          requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus()),
      },
    );
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
          <Field
            id={id("platform")}
            label={t("form.platform")}
            hint={channel ? t("form.platformFixed") : undefined}
            errors={errors.platform}
          >
            <select
              name="platform"
              value={platform}
              onChange={(e) => setPlatform(e.target.value as Platform)}
              disabled={Boolean(channel)}
              className={selectClass}
            >
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {tPlatform(p)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={id("handle")} label={t("form.handle")} hint={t("form.handleHint")} errors={errors.handle}>
            <Input
              name="handle"
              defaultValue={channel?.handle ?? ""}
              required
              maxLength={200}
              autoComplete="off"
              autoFocus
            />
          </Field>
          <Field id={id("identityId")} label={t("form.owner")} errors={errors.identityId}>
            <select
              name="identityId"
              defaultValue={channel?.identityId ?? selectableOwners[0]?.id}
              className={selectClass}
            >
              {selectableOwners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.displayName} ({t(`identityKinds.${o.kind}`)}
                  {o.status === "retired" ? `, ${t("retired")}` : ""})
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={id("connector")}
            label={t("form.connector")}
            hint={t(`connectorHelp.${connector}`)}
            errors={errors.connector}
          >
            <select
              name="connector"
              value={connector}
              onChange={(e) => setConnector(e.target.value as Connector)}
              className={selectClass}
            >
              {CONNECTORS.map((c) => (
                <option key={c} value={c}>
                  {t(`connectors.${c}`)}
                </option>
              ))}
            </select>
          </Field>
          {connector === "webhook" ? (
            <>
              <SecretField
                {...secret("webhookUrl")}
                type="url"
                label={t("form.webhookUrl")}
                current={stored?.url}
                errors={errors.webhookUrl}
              />
              <SecretField
                {...secret("signingSecret")}
                type="password"
                label={t("form.signingSecret")}
                secretSet={stored?.secretSet}
                errors={errors.signingSecret}
              />
            </>
          ) : null}
          {connector === "mastodon" ? (
            <>
              <SecretField
                {...secret("instanceUrl")}
                type="url"
                label={t("form.instanceUrl")}
                current={stored?.url}
                errors={errors.instanceUrl}
              />
              <SecretField
                {...secret("accessToken")}
                type="password"
                label={t("form.accessToken")}
                secretSet={stored?.secretSet}
                errors={errors.accessToken}
              />
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
