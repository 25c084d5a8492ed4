"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { conversationQueries } from "@/lib/conversation/queries";
import { useMarkNotificationsRead } from "./use-conversation-mutations";

/** Mentions and other things to look at, with the unread count on the bell; opening one marks it read. */
export function NotificationsMenu({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const t = useTranslations("conversation.notifications");
  const tRouting = useTranslations("routing.notifications");
  const router = useRouter();
  const markRead = useMarkNotificationsRead(workspaceId);
  const { data } = useQuery(conversationQueries.notifications(workspaceId));
  const unread = data?.unread ?? 0;
  const items = data?.items ?? [];

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button
          variant="ghost"
          size="sm"
          className="relative w-full justify-start"
          aria-label={`${t("menu")}: ${t("unread", { count: unread })}`}
        >
          <Bell aria-hidden />
          {t("menu")}
          {unread > 0 ? (
            <span
              className="ml-auto rounded-full bg-destructive px-1.5 text-xs font-semibold text-destructive-foreground"
              data-testid="unread-count"
            >
              {unread}
            </span>
          ) : null}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-80 max-w-[calc(100vw-2rem)]">
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
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
