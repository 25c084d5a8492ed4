"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Button } from "@/components/ui/button";
import { verifyChannelAction } from "@/app/(dashboard)/w/[workspace]/settings/channels/verify/actions";

/** "Verify": checks the channel's connector configuration live and says what it found, next to the button. */
export function VerifyChannelButton({
  workspaceId,
  channelId,
  handle,
}: {
  workspaceId: string;
  channelId: string;
  handle: string;
}) {
  const t = useTranslations("publishing.verify");
  const [result, setResult] = useState<{ ok: boolean; detail: string } | null>(null);
  const verify = useActionMutation(() => verifyChannelAction({ workspaceId, channelId }), {
    onSuccess: (data) => setResult(data),
  });
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button
        size="sm"
        variant="outline"
        disabled={verify.isPending}
        onClick={() => (setResult(null), verify.mutate(undefined))}
        aria-label={t("label", { handle })}
      >
        {t("button")}
      </Button>
      <span
        role="status"
        className={result?.ok === false ? "text-xs text-destructive" : "text-xs text-muted-foreground"}
      >
        {verify.isPending ? t("checking") : result ? t(result.ok ? "ok" : "failed", { detail: result.detail }) : null}
      </span>
    </span>
  );
}
