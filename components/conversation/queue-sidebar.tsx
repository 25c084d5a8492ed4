"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { fetchJson } from "@/lib/fetch-json";
import { CONVERSATION_POLL_MS } from "@/lib/conversation/queries";
import type { QueuePage } from "@/lib/inbox/queries";
import { cn } from "@/lib/utils";

/** The open queue beside the conversation (wide screens), so the next item is one click away. */
export function QueueSidebar({
  workspaceId,
  slug,
  currentId,
}: {
  workspaceId: string;
  slug: string;
  currentId: string;
}) {
  const t = useTranslations("inbox");
  const { data } = useQuery({
    queryKey: ["inbox", workspaceId, "sidebar", "open"],
    queryFn: () => fetchJson<QueuePage>(`/api/w/${workspaceId}/conversations?status=open`),
    refetchInterval: CONVERSATION_POLL_MS * 2,
  });
  return (
    <nav
      aria-label={t("statuses.open")}
      className="hidden max-h-[calc(100dvh-8rem)] overflow-y-auto rounded-lg border xl:block"
    >
      <p className="border-b px-3 py-2 text-sm font-semibold">{t("statuses.open")}</p>
      <ul>
        {(data?.items ?? []).map((item) => (
          <li key={item.id}>
            <Link
              href={`/w/${slug}/inbox/${item.id}`}
              aria-current={item.id === currentId ? "page" : undefined}
              className={cn("block border-b px-3 py-2 text-sm hover:bg-accent", item.id === currentId && "bg-accent")}
            >
              <span className="block truncate font-medium">{item.contact.displayName}</span>
              <span className="line-clamp-2 text-muted-foreground">{item.preview}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
