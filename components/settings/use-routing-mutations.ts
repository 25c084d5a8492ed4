"use client";

import { useTranslations } from "next-intl";
import {
  createRoutingRuleAction,
  deleteRoutingRuleAction,
  moveRoutingRuleAction,
  setRoutingRuleEnabledAction,
  updateRoutingRuleAction,
} from "@/app/(dashboard)/w/[workspace]/settings/routing/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import type { RoutingRuleFields } from "@/lib/routing/schemas";

type Ref = { ruleId: string; version: number };

/** Every change to the rules; the list is rendered by the server page, so each one refreshes it. */
export function useRoutingMutations(workspaceId: string) {
  const t = useTranslations("routing.toasts");
  const save = useActionMutation(
    ({ ref, rule }: { ref?: Ref; rule: RoutingRuleFields }) =>
      ref ? updateRoutingRuleAction({ workspaceId, ...ref, rule }) : createRoutingRuleAction({ workspaceId, ...rule }),
    {
      refresh: true,
      successMessage: (_data, input) => (input.ref ? t("saved") : t("created")),
      // Field problems are shown next to the fields of the open form.
      errorMessage: (error) => (error.fieldErrors ? null : undefined),
    },
  );
  const move = useActionMutation(
    (input: Ref & { direction: "up" | "down" }) => moveRoutingRuleAction({ workspaceId, ...input }),
    { refresh: true, successMessage: () => t("moved") },
  );
  const toggle = useActionMutation(
    (input: Ref & { enabled: boolean }) => setRoutingRuleEnabledAction({ workspaceId, ...input }),
    { refresh: true, successMessage: (_d, input) => (input.enabled ? t("enabled") : t("disabled")) },
  );
  const remove = useActionMutation((input: Ref) => deleteRoutingRuleAction({ workspaceId, ...input }), {
    refresh: true,
    successMessage: () => t("deleted"),
  });
  return { save, move, toggle, remove };
}
