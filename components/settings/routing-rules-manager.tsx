"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { RoutingPreview } from "./routing-preview";
import { RoutingRuleCard } from "./routing-rule-card";
import { RoutingRuleForm } from "./routing-rule-form";
import type { ChannelOption, IdentityOption, MemberOption, RuleItem } from "./routing-types";
import { useRoutingMutations } from "./use-routing-mutations";

type Props = {
  workspaceId: string;
  rules: RuleItem[];
  identities: IdentityOption[];
  channels: ChannelOption[];
  members: MemberOption[];
};

/** Settings → Routing: the ordered rules, a dialog to add or edit one, and the preview. */
export function RoutingRulesManager({ workspaceId, rules, identities, channels, members }: Props) {
  const t = useTranslations("routing");
  const mutations = useRoutingMutations(workspaceId);
  // null: closed; "new": a new rule; otherwise the rule being edited.
  const [editing, setEditing] = useState<RuleItem | "new" | null>(null);
  const close = () => {
    setEditing(null);
    mutations.save.reset();
    mutations.save.resetFieldErrors();
  };

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <CardTitle>
            <h2>{t("rules")}</h2>
          </CardTitle>
          <Button onClick={() => setEditing("new")}>
            <Plus aria-hidden className="size-4" />
            {t("actions.new")}
          </Button>
        </CardHeader>
        <CardContent>
          {rules.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
          <ol className="grid gap-2">
            {rules.map((item, index) => (
              <RoutingRuleCard
                key={item.rule.id}
                item={item}
                first={index === 0}
                last={index === rules.length - 1}
                channels={channels}
                mutations={mutations}
                onEdit={() => setEditing(item)}
              />
            ))}
          </ol>
        </CardContent>
      </Card>
      <RoutingPreview rules={rules} identities={identities} channels={channels} />
      <Dialog open={editing !== null} onOpenChange={(open) => (open ? null : close())}>
        <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
          <DialogHeader>
            <DialogTitle>{editing === "new" ? t("form.newTitle") : t("form.editTitle")}</DialogTitle>
            <DialogDescription>{t("form.description")}</DialogDescription>
          </DialogHeader>
          {editing !== null ? (
            <RoutingRuleForm
              rule={editing === "new" ? null : editing}
              identities={identities}
              channels={channels}
              members={members}
              save={mutations.save}
              onDone={close}
            />
          ) : null}
        </DialogContent>
      </Dialog>
    </div>
  );
}
