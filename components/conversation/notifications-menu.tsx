"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { NameContext } from "@/components/ui/name-context";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { conversationQueries } from "@/lib/conversation/queries";
import type { NotificationsListProps } from "./notifications-list";

const loadList = () => import("./notifications-list").then((m) => m.NotificationsList);

/** Mentions and other things to look at, with the unread count on the bell; the list loads on first use. */
export function NotificationsMenu({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const t = useTranslations("conversation.notifications");
  const { data } = useQuery(conversationQueries.notifications(workspaceId));
  const unread = data?.unread ?? 0;
  const trigger = (
    <Button variant="ghost" size="sm" className="relative w-full justify-start">
      <Bell aria-hidden />
      {t("menu")}
      {/* The count is read in words; the badge is for the eye. */}
      <NameContext>({t("unread", { count: unread })})</NameContext>
      {unread > 0 ? (
        <span
          aria-hidden
          className="ml-auto rounded-full bg-destructive px-1.5 text-xs font-semibold text-destructive-foreground"
          data-testid="unread-count"
        >
          {unread}
        </span>
      ) : null}
    </Button>
  );
  return <LazyMenu<NotificationsListProps> load={loadList} trigger={trigger} props={{ workspaceId, slug, data }} />;
}
