"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { rotateInboundSecretAction } from "@/app/(dashboard)/w/[workspace]/settings/api/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Button } from "@/components/ui/button";
import { OneTimeSecret } from "./one-time-secret";

type Channel = { id: string; handle: string; platform: string };

/** Settings → API, inbound webhooks: each channel's inbound URL and a button for a new secret (shown once). */
export function InboundSecrets({
  workspaceId,
  channels,
  origin,
}: {
  workspaceId: string;
  channels: Channel[];
  origin: string;
}) {
  const t = useTranslations("api.secrets");
  const tPlatform = useTranslations("platforms");
  const [shown, setShown] = useState<{ handle: string; secret: string } | null>(null);
  const rotate = useActionMutation(rotateInboundSecretAction);
  return (
    <section aria-labelledby="api-secrets-heading" className="grid gap-4">
      <div>
        <h2 id="api-secrets-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("intro")}</p>
      </div>
      {shown ? (
        <OneTimeSecret
          title={t("rotatedTitle", { handle: shown.handle })}
          hint={t("rotatedHint")}
          value={shown.secret}
          onDone={() => setShown(null)}
        />
      ) : null}
      {channels.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <ul className="grid gap-2">
        {channels.map((c) => (
          <li
            key={c.id}
            data-channel-id={c.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded-lg border p-3"
          >
            <div className="min-w-0">
              <p className="font-medium">
                {c.handle}{" "}
                <span className="text-xs font-normal text-muted-foreground">· {tPlatform(c.platform as never)}</span>
              </p>
              <p className="text-xs text-muted-foreground">
                {t("url")}: <code className="break-all font-mono">{`${origin}/api/v1/channels/${c.id}/inbound`}</code>
              </p>
            </div>
            <Button
              size="sm"
              variant="outline"
              disabled={rotate.isPending}
              aria-label={t("rotateLabel", { handle: c.handle, platform: tPlatform(c.platform as never) })}
              onClick={() =>
                rotate.mutate(
                  { workspaceId, channelId: c.id },
                  { onSuccess: (data) => setShown({ handle: c.handle, secret: data.secret }) },
                )
              }
            >
              {t("rotate")}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
