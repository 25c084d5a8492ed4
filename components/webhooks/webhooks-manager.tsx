"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import {
  createWebhookAction,
  deleteWebhookAction,
  setWebhookEnabledAction,
} from "@/app/(dashboard)/w/[workspace]/settings/webhooks/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listWebhookDeliveries, listWebhookEndpoints } from "@/db/queries/webhooks";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";
import type { Jsonify } from "@/lib/jsonify";

type Endpoint = Jsonify<Awaited<ReturnType<typeof listWebhookEndpoints>>[number]>;
type Delivery = Jsonify<Awaited<ReturnType<typeof listWebhookDeliveries>>[number]>;

export function WebhooksManager({
  workspaceId,
  endpoints,
  deliveries,
}: {
  workspaceId: string;
  endpoints: Endpoint[];
  deliveries: Delivery[];
}) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEventType[]>(["conversation.created", "message.created"]);
  const [secret, setSecret] = useState<string | null>(null);
  const create = useActionMutation(createWebhookAction, {
    refresh: true,
    successMessage: () => t("toasts.created"),
    onSuccess: (data) => {
      setSecret(data.secret);
      setUrl("");
    },
  });
  const toggle = useActionMutation(setWebhookEnabledAction, {
    refresh: true,
    successMessage: (_d, input) => t(input.enabled ? "toasts.enabled" : "toasts.disabled"),
  });
  const remove = useActionMutation(deleteWebhookAction, { refresh: true, successMessage: () => t("toasts.deleted") });
  const urlOf = new Map(endpoints.map((e) => [e.id, e.url]));

  return (
    <div className="grid gap-6">
      <form
        className="grid gap-3 rounded-lg border p-4"
        onSubmit={(event) => {
          event.preventDefault();
          setSecret(null);
          create.mutate({ workspaceId, url, eventTypes: events });
        }}
      >
        <h2 className="text-lg font-semibold">{t("add")}</h2>
        <Field id="webhook-url" label={t("url")} hint={t("urlHint")} errors={create.fieldErrors.url}>
          <Input
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            required
            maxLength={2000}
            placeholder="https://"
          />
        </Field>
        <fieldset className="grid gap-1">
          <legend className="mb-1 text-sm font-medium">{t("events")}</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(e) =>
                  setEvents((now) => (e.target.checked ? [...now, type] : now.filter((x) => x !== type)))
                }
              />
              <code>{type}</code>
            </label>
          ))}
          {create.fieldErrors.eventTypes ? (
            <p className="text-sm text-destructive">{create.fieldErrors.eventTypes.join(" ")}</p>
          ) : null}
        </fieldset>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {t("create")}
          </Button>
        </div>
        {secret ? (
          <Alert>
            <AlertTitle>{t("secretTitle")}</AlertTitle>
            <AlertDescription>
              <code className="block break-all select-all">{secret}</code>
              {t("secretOnce")}
            </AlertDescription>
          </Alert>
        ) : null}
      </form>

      <section aria-labelledby="webhook-endpoints" className="grid gap-2">
        <h2 id="webhook-endpoints" className="text-lg font-semibold">
          {t("endpoints")}
        </h2>
        {endpoints.length === 0 ? (
          <p className="text-sm">{t("empty")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("columns.url")}</TableHead>
                  <TableHead>{t("columns.events")}</TableHead>
                  <TableHead>{t("columns.status")}</TableHead>
                  <TableHead>{t("columns.actions")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {endpoints.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell className="max-w-64 break-all">{e.url}</TableCell>
                    <TableCell className="text-xs">{e.eventTypes.join(", ")}</TableCell>
                    <TableCell>
                      <Badge variant={e.enabled ? "success" : "outline"}>
                        {e.enabled ? t("enabled") : t("disabled")}
                      </Badge>
                    </TableCell>
                    <TableCell className="flex flex-wrap gap-2">
                      <Button
                        size="sm"
                        variant="outline"
                        onClick={() => toggle.mutate({ workspaceId, endpointId: e.id, enabled: !e.enabled })}
                      >
                        {e.enabled ? t("disable") : t("enable")}
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => remove.mutate({ workspaceId, endpointId: e.id })}
                      >
                        {t("delete")}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="webhook-deliveries" className="grid gap-2">
        <h2 id="webhook-deliveries" className="text-lg font-semibold">
          {t("deliveries")}
        </h2>
        {deliveries.length === 0 ? (
          <p className="text-sm">{t("noDeliveries")}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("columns.time")}</TableHead>
                  <TableHead>{t("columns.event")}</TableHead>
                  <TableHead>{t("columns.url")}</TableHead>
                  <TableHead>{t("columns.status")}</TableHead>
                  <TableHead className="text-right">{t("columns.attempts")}</TableHead>
                  <TableHead className="text-right">{t("columns.response")}</TableHead>
                  <TableHead>{t("columns.error")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {deliveries.map((d) => (
                  <TableRow key={d.id}>
                    <TableCell className="whitespace-nowrap">
                      {format.dateTime(new Date(d.createdAt), { dateStyle: "short", timeStyle: "medium" })}
                    </TableCell>
                    <TableCell>
                      <code className="text-xs">{d.eventType}</code>
                    </TableCell>
                    <TableCell className="max-w-48 truncate">{urlOf.get(d.endpointId) ?? ""}</TableCell>
                    <TableCell>{t(`deliveryStatus.${d.status as "pending" | "delivered" | "failed"}`)}</TableCell>
                    <TableCell className="text-right tabular-nums">{d.attempts}</TableCell>
                    <TableCell className="text-right tabular-nums">{d.responseCode ?? "–"}</TableCell>
                    <TableCell className="max-w-48 truncate">{d.lastError ?? ""}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}
