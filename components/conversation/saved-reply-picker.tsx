"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import type { SavedReplyMenuProps } from "./saved-reply-menu";

export type SavedReply = { id: string; title: string; body: string };

const loadMenu = () => import("./saved-reply-menu").then((m) => m.SavedReplyMenu);

/** Saved replies either as a menu button, or as the suggestion list that opens when "/" is typed. */
export function SavedReplyPicker({
  replies,
  filter = "",
  asMenu,
  onPick,
}: {
  replies: SavedReply[];
  filter?: string;
  asMenu?: boolean;
  onPick: (body: string) => void;
}) {
  const t = useTranslations("conversation.composer");
  if (asMenu) {
    const trigger = (
      <Button type="button" variant="ghost" size="sm">
        {t("savedReplies")}
      </Button>
    );
    return <LazyMenu<SavedReplyMenuProps> load={loadMenu} trigger={trigger} props={{ replies, onPick }} />;
  }
  const needle = filter.toLowerCase();
  const matches = replies.filter((r) => r.title.toLowerCase().includes(needle)).slice(0, 8);
  return (
    <ul aria-label={t("savedReplies")} className="grid gap-1 rounded-md border bg-popover p-1 text-sm shadow-md">
      {matches.length === 0 ? <li className="px-2 py-1 text-muted-foreground">{t("noSavedReplies")}</li> : null}
      {matches.map((r) => (
        <li key={r.id}>
          <button
            type="button"
            className="w-full rounded px-2 py-1 text-left hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
            aria-label={t("insert", { title: r.title })}
            aria-describedby={`saved-reply-${r.id}`}
            onClick={() => onPick(r.body)}
          >
            <span className="font-medium">{r.title}</span>{" "}
            {/* A preview for the eye; the name stays "Insert <title>" and the body is its description. */}
            <span id={`saved-reply-${r.id}`} aria-hidden className="text-muted-foreground line-clamp-1">
              {r.body}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
