"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { Platform } from "@/db/schema/enum-values";
import { checkTargets, type ContentIdentity, type ContentTarget } from "@/lib/calendar/content";
import { useXCounter } from "@/lib/text/use-x-counter";
import type { FieldErrors } from "@/lib/errors";
import type { CalendarContextData } from "../calendar-app";
import { LengthMeter } from "./length-meter";

type Props = {
  identity: ContentIdentity;
  channels: CalendarContextData["channels"];
  channelIds: string[];
  body: string;
  variants: Record<string, string>;
  onChange: (patch: { body?: string; variants?: Record<string, string> }) => void;
  errors: FieldErrors;
};

/**
 * The base text and, per channel, an optional variant. Each text counts against the limits of the platforms it
 * goes to, as they count (lib/text/length.ts: twitter-text for X, graphemes elsewhere), sign-off included.
 */
export function TextFields({ identity, channels, channelIds, body, variants, onChange, errors }: Props) {
  const t = useTranslations("calendar.composer");
  const tPlatform = useTranslations("platforms");
  const [open, setOpen] = useState(() => new Set(Object.keys(variants)));
  const targets: ContentTarget[] = channelIds.flatMap((id) => {
    const c = channels.find((ch) => ch.id === id);
    return c
      ? [
          {
            channelId: id,
            platform: c.platform as Platform,
            channelIdentityId: c.identityId,
            variant: variants[id] ?? null,
          },
        ]
      : [];
  });
  const countX = useXCounter(body.length > 0 || Object.values(variants).some(Boolean));
  const checks = checkTargets(body, identity, targets, countX);
  const baseChecks = checks.filter((c) => !variants[c.channelId]?.trim());
  const banned = [...new Set(checks.flatMap((c) => c.banned))];
  return (
    <div className="grid gap-3">
      <Field id="post-body" label={t("body")} errors={errors.body}>
        <textarea
          className={`${textareaClass} min-h-32`}
          value={body}
          onChange={(e) => onChange({ body: e.target.value })}
        />
      </Field>
      <LengthMeter checks={baseChecks} />
      {banned.length ? (
        <p className="text-sm text-destructive" role="status">
          {t("banned", { terms: banned.join(", ") })}
        </p>
      ) : null}
      {targets.map((target) => {
        const c = channels.find((ch) => ch.id === target.channelId)!;
        const name = `${tPlatform(c.platform as Platform)} ${c.handle}`;
        const id = `variant-${target.channelId}`;
        if (!open.has(target.channelId))
          return (
            <Button
              key={id}
              type="button"
              variant="ghost"
              size="sm"
              className="justify-self-start"
              onClick={() => setOpen(new Set(open).add(target.channelId))}
            >
              {t("addVariant", { channel: name })}
            </Button>
          );
        return (
          <div key={id} className="grid gap-1 rounded-md border p-2">
            <Field
              id={id}
              label={t("variant", { channel: name })}
              hint={t("variantHint")}
              errors={errors[`variants.${target.channelId}`]}
            >
              <textarea
                className={`${textareaClass} min-h-20`}
                value={variants[target.channelId] ?? ""}
                onChange={(e) => onChange({ variants: { ...variants, [target.channelId]: e.target.value } })}
              />
            </Field>
            <LengthMeter
              checks={variants[target.channelId]?.trim() ? checks.filter((k) => k.channelId === target.channelId) : []}
            />
          </div>
        );
      })}
    </div>
  );
}
