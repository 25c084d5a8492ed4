"use client";

import { Archive, ArchiveRestore } from "lucide-react";
import { useTranslations } from "next-intl";
import { setPersonaStatusAction } from "@/app/(dashboard)/w/[workspace]/identities/actions";
import { Button } from "@/components/ui/button";
import { useActionMutation } from "@/components/common/use-action-mutation";

/** Retire (kept for history and reports, no longer a voice anyone can speak as) or bring a persona back. */
export function PersonaStatusButton({
  workspaceId,
  persona,
}: {
  workspaceId: string;
  persona: { id: string; displayName: string; status: "active" | "retired" };
}) {
  const t = useTranslations("identityForm");
  const next = persona.status === "active" ? "retired" : "active";
  const change = useActionMutation(
    () => setPersonaStatusAction({ workspaceId, identityId: persona.id, status: next }),
    {
      refresh: true,
      fieldErrorsInToast: true,
      successMessage: (d) =>
        d.status === "retired"
          ? t("retiredToast", { name: persona.displayName })
          : t("reactivatedToast", { name: persona.displayName }),
    },
  );
  return (
    <Button variant="outline" size="sm" disabled={change.isPending} onClick={() => change.mutate(undefined)}>
      {next === "retired" ? <Archive aria-hidden /> : <ArchiveRestore aria-hidden />}
      {next === "retired" ? t("retire") : t("reactivate")}
      <span className="sr-only">{persona.displayName}</span>
    </Button>
  );
}
