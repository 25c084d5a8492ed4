"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field, selectClass } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { CATEGORIES, CONVERSATION_KINDS, PRIORITIES, ROUTING_TARGETS, type Priority } from "@/db/schema/enum-values";
import { CONTACT_LABELS } from "@/lib/conversation/contact-labels";
import type { RoutingRuleFields } from "@/lib/routing/schemas";
import { CheckboxGroup } from "./checkbox-group";
import type { ChannelOption, IdentityOption, MemberOption, RuleItem } from "./routing-types";
import type { useRoutingMutations } from "./use-routing-mutations";

type Props = {
  rule: RuleItem | null;
  identities: IdentityOption[];
  channels: ChannelOption[];
  members: MemberOption[];
  save: ReturnType<typeof useRoutingMutations>["save"];
  onDone: () => void;
};

const EMPTY: RoutingRuleFields = {
  name: "",
  enabled: true,
  categories: [],
  kinds: [],
  channelIds: [],
  keywords: [],
  contactLabels: [],
  target: "channel_voice",
  targetIdentityId: null,
  assigneeId: null,
  priority: null,
};

const fieldsOf = ({ rule }: RuleItem): RoutingRuleFields => ({
  name: rule.name,
  enabled: rule.enabled,
  categories: rule.categories,
  kinds: rule.kinds,
  channelIds: rule.channelIds,
  keywords: rule.keywords,
  contactLabels: rule.contactLabels as RoutingRuleFields["contactLabels"],
  target: rule.target,
  targetIdentityId: rule.targetIdentityId,
  assigneeId: rule.assigneeId,
  priority: rule.priority,
});

/** The fields of one rule, for a new rule or an edit (inside the manager's dialog). */
export function RoutingRuleForm({ rule, identities, channels, members, save, onDone }: Props) {
  const t = useTranslations("routing");
  const tInbox = useTranslations("inbox");
  const tLabels = useTranslations("conversation.contact.labels");
  const [draft, setDraft] = useState<RoutingRuleFields>(() => (rule ? fieldsOf(rule) : EMPTY));
  const [keywords, setKeywords] = useState(draft.keywords.join(", "));
  const set = (change: Partial<RoutingRuleFields>) => setDraft((d) => ({ ...d, ...change }));
  // The update action nests the rule under "rule"; the query's own checks name the field directly.
  const fe = (field: string) => {
    const all = Object.entries(save.fieldErrors).filter(([key]) => {
      const bare = key.replace(/^rule\./, "");
      return bare === field || bare.startsWith(`${field}.`);
    });
    return all.length ? all.flatMap(([, messages]) => messages) : undefined;
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const list = keywords
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean);
    save.mutate(
      {
        ref: rule ? { ruleId: rule.rule.id, version: rule.rule.version } : undefined,
        rule: { ...draft, keywords: list },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="grid gap-4">
      {save.actionError && !save.actionError.fieldErrors ? (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{save.actionError.message}</AlertDescription>
        </Alert>
      ) : null}
      <Field id="rule-name" label={t("form.name")} errors={fe("name")}>
        <Input value={draft.name} onChange={(e) => set({ name: e.target.value })} required />
      </Field>
      <CheckboxGroup
        id="rule-categories"
        legend={t("form.categories")}
        options={CATEGORIES.map((c) => ({ value: c, label: tInbox(`categories.${c}`) }))}
        value={draft.categories}
        onChange={(categories) => set({ categories })}
        errors={fe("categories")}
      />
      <CheckboxGroup
        id="rule-kinds"
        legend={t("form.kinds")}
        options={CONVERSATION_KINDS.map((k) => ({ value: k, label: tInbox(`kinds.${k}`) }))}
        value={draft.kinds}
        onChange={(kinds) => set({ kinds })}
        errors={fe("kinds")}
      />
      {channels.length > 0 ? (
        <CheckboxGroup
          id="rule-channels"
          legend={t("form.channels")}
          options={channels.map((c) => ({ value: c.id, label: c.label }))}
          value={draft.channelIds}
          onChange={(channelIds) => set({ channelIds })}
          errors={fe("channelIds")}
        />
      ) : null}
      <Field id="rule-keywords" label={t("form.keywords")} hint={t("form.keywordsHint")} errors={fe("keywords")}>
        <Input value={keywords} onChange={(e) => setKeywords(e.target.value)} />
      </Field>
      <CheckboxGroup
        id="rule-labels"
        legend={t("form.contactLabels")}
        options={CONTACT_LABELS.map((l) => ({ value: l, label: tLabels(l) }))}
        value={draft.contactLabels}
        onChange={(contactLabels) => set({ contactLabels })}
        errors={fe("contactLabels")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="rule-target" label={t("form.target")} errors={fe("target")}>
          <select
            className={selectClass}
            value={draft.target}
            onChange={(e) => set({ target: e.target.value as RoutingRuleFields["target"] })}
          >
            {ROUTING_TARGETS.map((target) => (
              <option key={target} value={target}>
                {t(`targets.${target}`)}
              </option>
            ))}
          </select>
        </Field>
        {draft.target === "identity" ? (
          <Field id="rule-target-identity" label={t("form.targetIdentity")} errors={fe("targetIdentityId")}>
            <select
              className={selectClass}
              value={draft.targetIdentityId ?? ""}
              onChange={(e) => set({ targetIdentityId: e.target.value || null })}
            >
              <option value="">{t("form.chooseIdentity")}</option>
              {identities.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.status === "retired" ? t("form.retired", { name: i.displayName }) : i.displayName}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id="rule-assignee" label={t("form.assignee")} errors={fe("assigneeId")}>
          <select
            className={selectClass}
            value={draft.assigneeId ?? ""}
            onChange={(e) => set({ assigneeId: e.target.value || null })}
          >
            <option value="">{t("form.keep")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="rule-priority" label={t("form.priority")} errors={fe("priority")}>
          <select
            className={selectClass}
            value={draft.priority ?? ""}
            onChange={(e) => set({ priority: (e.target.value || null) as Priority | null })}
          >
            <option value="">{t("form.keep")}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {tInbox(`priorities.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <DialogFooter>
        <Button type="button" variant="ghost" onClick={onDone}>
          {t("actions.cancel")}
        </Button>
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? t("actions.saving") : t("actions.save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
