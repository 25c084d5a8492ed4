"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { ViewData } from "./conversation-view";
import type { ConversationMutations } from "./use-conversation-mutations";

type Item = ViewData["thread"][number];
type Props = {
  items: Item[];
  contactName: string;
  timeZone: string;
  canRetry: boolean;
  retry: ConversationMutations["retry"];
};

const initials = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => [...w][0] ?? "")
    .join("")
    .slice(0, 2)
    .toUpperCase();

/**
 * The thread, oldest first. Text from the internet (and from members) is rendered as plain text only: React
 * escapes it, nothing is turned into HTML or clickable links, so a message cannot inject markup or lure a click.
 */
export function Thread({ items, contactName, timeZone, canRetry, retry }: Props) {
  const t = useTranslations("conversation");
  const format = useFormatter();
  const when = (at: string) => format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short", timeZone });

  return (
    <section aria-labelledby="thread-heading" className="grid gap-3">
      <h2 id="thread-heading" className="sr-only">
        {t("thread")}
      </h2>
      <ol className="grid gap-3">
        {items.map((item) => {
          if (item.type === "note") {
            return (
              <li
                key={`note-${item.id}`}
                className="rounded-lg border border-dashed border-amber-500/60 bg-amber-50 p-3 dark:bg-amber-950/30"
                data-testid="note"
              >
                <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <Badge variant="warning">{t("noteBadge")}</Badge>
                  <span>{t("note", { author: item.authorName ?? t("unknownAuthor") })}</span>
                  <time dateTime={item.at}>{when(item.at)}</time>
                </div>
                <p className="whitespace-pre-wrap break-words text-sm">{item.body}</p>
              </li>
            );
          }
          const outbound = item.direction === "outbound";
          const identityName = item.identity?.displayName ?? "";
          return (
            <li
              key={item.id}
              className={cn(
                "flex max-w-[85%] gap-2 rounded-lg border p-3",
                outbound ? "ml-auto bg-primary/5" : "bg-card",
              )}
              data-testid={outbound ? "outbound-message" : "inbound-message"}
            >
              {outbound ? (
                <Avatar className="mt-0.5">
                  {item.identity?.avatarUrl ? <AvatarImage src={item.identity.avatarUrl} alt="" /> : null}
                  <AvatarFallback>{initials(identityName)}</AvatarFallback>
                </Avatar>
              ) : null}
              <div className="min-w-0">
                <div className="mb-1 flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                  <span className="font-medium text-foreground">
                    {outbound
                      ? t("outbound", { identity: identityName, author: item.authorName ?? t("unknownAuthor") })
                      : t("inbound", { contact: contactName })}
                  </span>
                  <time dateTime={item.at}>{when(item.at)}</time>
                  {item.automated ? <Badge variant="outline">{t("automated")}</Badge> : null}
                </div>
                <p className="whitespace-pre-wrap break-words text-sm">{item.body}</p>
                {outbound ? <DeliveryState item={item} canRetry={canRetry} retry={retry} /> : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function DeliveryState({
  item,
  canRetry,
  retry,
}: {
  item: Extract<Item, { type: "message" }>;
  canRetry: boolean;
  retry: Props["retry"];
}) {
  const t = useTranslations("conversation");
  const status = item.deliveryStatus;
  const label =
    status === "failed"
      ? t("delivery.failed", { reason: item.error ?? "" })
      : status === "queued" && item.error
        ? t("delivery.retrying", { reason: item.error })
        : t(`delivery.${status}`);
  const variant = status === "failed" ? "destructive" : status === "sent" ? "success" : "secondary";
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2" aria-live="polite">
      <Badge variant={variant} data-testid="delivery-status" data-status={status}>
        {label}
      </Badge>
      {status === "failed" && canRetry ? (
        <Button
          size="sm"
          variant="outline"
          disabled={retry.isPending}
          onClick={() => retry.mutate({ messageId: item.id })}
        >
          {t("retry")}
        </Button>
      ) : null}
    </div>
  );
}
