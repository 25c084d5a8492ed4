"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, selectClass, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CATEGORIES, CONVERSATION_KINDS, type Category, type ConversationKind } from "@/db/schema/enum-values";
import { CONTACT_LABELS } from "@/lib/conversation/contact-labels";
import { firstMatchingRule, resolveTarget } from "@/lib/routing/match";
import { CheckboxGroup } from "./checkbox-group";
import type { ChannelOption, IdentityOption, RuleItem } from "./routing-types";

type Props = { rules: RuleItem[]; identities: IdentityOption[]; channels: ChannelOption[] };

/**
 * Which saved rule a sample message would meet, computed with the same matcher routing uses when a conversation
 * arrives (lib/routing/match.ts), so the answer cannot drift from what happens. Nothing is saved.
 */
export function RoutingPreview({ rules, identities, channels }: Props) {
  const t = useTranslations("routing.preview");
  const tInbox = useTranslations("inbox");
  const tLabels = useTranslations("conversation.contact.labels");
  const [category, setCategory] = useState<Category>("criticism");
  const [kind, setKind] = useState<ConversationKind>("comment");
  const [channelId, setChannelId] = useState(channels[0]?.id ?? "");
  const [body, setBody] = useState("");
  const [labels, setLabels] = useState<(typeof CONTACT_LABELS)[number][]>([]);
  const [result, setResult] = useState<string | null>(null);

  const run = (event: React.FormEvent) => {
    event.preventDefault();
    const facts = { category, kind, channelId, body, contactLabels: labels };
    const rule = firstMatchingRule(
      rules.map((r) => r.rule),
      facts,
    );
    const voices = {
      brandId: identities.find((i) => i.kind === "brand")?.id ?? null,
      channelVoiceId: channels.find((c) => c.id === channelId)?.identityId ?? null,
      retiredIds: new Set(identities.filter((i) => i.status === "retired").map((i) => i.id)),
    };
    const targetId = resolveTarget(rule ?? { target: "channel_voice", targetIdentityId: null }, voices);
    const target = identities.find((i) => i.id === targetId)?.displayName ?? t("noVoice");
    setResult(rule ? t("matched", { position: rule.position, name: rule.name, target }) : t("noMatch", { target }));
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("title")}</h2>
        </CardTitle>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </CardHeader>
      <CardContent>
        <form onSubmit={run} className="grid gap-4">
          <div className="grid gap-4 sm:grid-cols-3">
            <Field id="preview-category" label={t("category")}>
              <select
                className={selectClass}
                value={category}
                onChange={(e) => setCategory(e.target.value as Category)}
              >
                {CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {tInbox(`categories.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="preview-channel" label={t("channel")}>
              <select className={selectClass} value={channelId} onChange={(e) => setChannelId(e.target.value)}>
                {channels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </select>
            </Field>
            <Field id="preview-kind" label={t("kind")}>
              <select
                className={selectClass}
                value={kind}
                onChange={(e) => setKind(e.target.value as ConversationKind)}
              >
                {CONVERSATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {tInbox(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <Field id="preview-text" label={t("text")}>
            <textarea className={`${textareaClass} min-h-20`} value={body} onChange={(e) => setBody(e.target.value)} />
          </Field>
          <CheckboxGroup
            id="preview-tags"
            legend={t("tags")}
            options={CONTACT_LABELS.map((l) => ({ value: l, label: tLabels(l) }))}
            value={labels}
            onChange={setLabels}
          />
          <Button type="submit" variant="outline" className="justify-self-start">
            {t("run")}
          </Button>
          <p role="status" aria-live="polite" className="text-sm font-medium" data-testid="routing-preview-result">
            {result}
          </p>
        </form>
      </CardContent>
    </Card>
  );
}
