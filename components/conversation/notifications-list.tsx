"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuOpenedOnLoad,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import type { LazyMenuProps } from "@/components/ui/lazy-menu";
import type { NotificationsData } from "@/lib/conversation/queries";
import { useMarkNotificationsRead } from "./use-conversation-mutations";

export type NotificationsListProps = LazyMenuProps & {
  workspaceId: string;
  slug: string;
  data: NotificationsData | undefined;
};

/** The bell's menu (loaded on first use by NotificationsMenu); opening an item marks it read. */
export function NotificationsList({ trigger, workspaceId, slug, data }: NotificationsListProps) {
  const t = useTranslations("conversation.notifications");
  const tRouting = useTranslations("routing.notifications");
  const router = useRouter();
  const markRead = useMarkNotificationsRead(workspaceId);
  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];
  return (
    <DropdownMenuOpenedOnLoad trigger={trigger} align="start" className="w-80 max-w-[calc(100vw-2rem)]">
      <DropdownMenuLabel>{t("unread", { count: unread })}</DropdownMenuLabel>
      <DropdownMenuSeparator />
      {items.length === 0 ? <DropdownMenuItem disabled>{t("empty")}</DropdownMenuItem> : null}
      {items.map((n) => (
        <DropdownMenuItem
          key={n.id}
          className={n.readAt ? "text-muted-foreground" : "font-medium"}
          onSelect={() => {
            if (!n.readAt) markRead.mutate({ ids: [n.id] });
            if (n.conversationId) router.push(`/w/${slug}/inbox/${n.conversationId}`);
          }}
        >
          <span className="line-clamp-2">
            {n.kind === "sla_breach"
              ? tRouting("breach", { excerpt: n.excerpt })
              : t("mention", { actor: n.actorName ?? "?", excerpt: n.excerpt })}
          </span>
        </DropdownMenuItem>
      ))}
      {unread > 0 ? (
        <>
          <DropdownMenuSeparator />
          <DropdownMenuItem onSelect={() => markRead.mutate({})}>{t("markAllRead")}</DropdownMenuItem>
        </>
      ) : null}
    </DropdownMenuOpenedOnLoad>
  );
}
