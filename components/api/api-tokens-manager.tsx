"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/(dashboard)/w/[workspace]/settings/api/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field, selectClass } from "@/components/forms/field";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiTokenListItem } from "@/db/queries/api-tokens";
import { TOKEN_EXPIRY_DAYS } from "@/lib/api-tokens/expiry";
import type { Jsonify } from "@/lib/jsonify";
import { OneTimeSecret } from "./one-time-secret";

type Props = {
  workspaceId: string;
  tokens: Jsonify<ApiTokenListItem>[];
  /** The permissions the signed-in admin's role has: the scopes a token of theirs may carry. */
  permissions: string[];
  timeZone: string;
  now: string;
};

/** Settings → API tokens: create (shown once), list with last use, revoke. */
export function ApiTokensManager({ workspaceId, tokens, permissions, timeZone, now }: Props) {
  const t = useTranslations("api.tokens");
  const format = useFormatter();
  const [name, setName] = useState("");
  const [scopes, setScopes] = useState<string[]>(["all"]);
  const [expiry, setExpiry] = useState("90");
  const [created, setCreated] = useState<string | null>(null);
  const create = useActionMutation(createApiTokenAction, { refresh: true });
  const revoke = useActionMutation(revokeApiTokenAction, { refresh: true, successMessage: () => t("revoked") });
  const errors = create.fieldErrors;
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });

  const toggle = (scope: string, on: boolean) =>
    setScopes((current) => {
      if (scope === "all") return on ? ["all"] : [];
      const rest = current.filter((s) => s !== "all" && s !== scope);
      return on ? [...rest, scope] : rest;
    });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        workspaceId,
        name,
        scopes: scopes as never,
        expiresInDays: expiry === "never" ? null : (Number(expiry) as (typeof TOKEN_EXPIRY_DAYS)[number]),
      },
      {
        onSuccess: (data) => {
          setCreated(data.token);
          setName("");
        },
      },
    );
  };

  return (
    <section aria-labelledby="api-tokens-heading" className="grid gap-4">
      <div>
        <h2 id="api-tokens-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      {created ? (
        <OneTimeSecret
          title={t("createdTitle")}
          hint={t("createdHint")}
          value={created}
          onDone={() => setCreated(null)}
        />
      ) : null}
      <form onSubmit={submit} className="grid max-w-2xl gap-3 rounded-lg border p-4" aria-label={t("new")}>
        <h3 className="font-semibold">{t("new")}</h3>
        <Field id="api-token-name" label={t("name")} hint={t("nameHint")} errors={errors.name}>
          <Input value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
        </Field>
        <fieldset className="grid gap-2" aria-describedby="api-token-scopes-hint">
          <legend className="text-sm font-medium">{t("scopes")}</legend>
          <p id="api-token-scopes-hint" className="text-xs text-muted-foreground">
            {t("scopesHint")}
          </p>
          <div className="grid gap-1 sm:grid-cols-2">
            {["all", ...permissions].map((scope) => (
              <label key={scope} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4 accent-primary"
                  checked={scopes.includes(scope)}
                  disabled={scope !== "all" && scopes.includes("all")}
                  onChange={(e) => toggle(scope, e.target.checked)}
                />
                {scope === "all" ? t("all") : <code className="font-mono text-xs">{scope}</code>}
              </label>
            ))}
          </div>
          {errors.scopes?.length ? <p className="text-sm text-destructive">{errors.scopes.join(" ")}</p> : null}
        </fieldset>
        <Field id="api-token-expiry" label={t("expiry")} errors={errors.expiresInDays}>
          <select className={selectClass} value={expiry} onChange={(e) => setExpiry(e.target.value)}>
            {TOKEN_EXPIRY_DAYS.map((days) => (
              <option key={days} value={String(days)}>
                {t("expiryDays", { days })}
              </option>
            ))}
            <option value="never">{t("never")}</option>
          </select>
        </Field>
        <div>
          <Button type="submit" disabled={create.isPending}>
            {t("create")}
          </Button>
        </div>
      </form>
      {tokens.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <div className="rounded-lg border">
          <Table scrollLabel={t("heading")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("name")}</TableHead>
                <TableHead>{t("owner")}</TableHead>
                <TableHead>{t("scopes")}</TableHead>
                <TableHead>{t("lastUsed")}</TableHead>
                <TableHead>{t("expires")}</TableHead>
                <TableHead>
                  <span className="sr-only">{t("revoke")}</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {tokens.map((token) => {
                const expired = token.expiresAt !== null && token.expiresAt <= now;
                return (
                  <TableRow key={token.id}>
                    <TableCell>
                      <div className="font-medium">{token.name}</div>
                      <code className="font-mono text-xs text-muted-foreground">{token.prefix}…</code>{" "}
                      <Badge variant={token.revokedAt || expired ? "outline" : "success"}>
                        {token.revokedAt ? t("statusRevoked") : expired ? t("statusExpired") : t("statusActive")}
                      </Badge>
                    </TableCell>
                    <TableCell>{token.user.name}</TableCell>
                    <TableCell className="max-w-64 whitespace-normal text-xs">
                      {token.scopes.map((s) => (s === "all" ? t("all") : s)).join(", ")}
                    </TableCell>
                    <TableCell>{token.lastUsedAt ? when(token.lastUsedAt) : t("neverUsed")}</TableCell>
                    <TableCell>{token.expiresAt ? when(token.expiresAt) : t("noExpiry")}</TableCell>
                    <TableCell>
                      {token.revokedAt ? null : (
                        <Button
                          size="sm"
                          variant="outline"
                          disabled={revoke.isPending}
                          aria-label={t("revokeLabel", { name: token.name })}
                          onClick={() => revoke.mutate({ workspaceId, tokenId: token.id })}
                        >
                          {t("revoke")}
                        </Button>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
