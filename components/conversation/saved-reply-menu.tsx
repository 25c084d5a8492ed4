"use client";

import { useTranslations } from "next-intl";
import { DropdownMenuItem, DropdownMenuOpenedOnLoad } from "@/components/ui/dropdown-menu";
import type { LazyMenuProps } from "@/components/ui/lazy-menu";
import type { SavedReply } from "./saved-reply-picker";

export type SavedReplyMenuProps = LazyMenuProps & { replies: SavedReply[]; onPick: (body: string) => void };

/** The saved replies as a menu (loaded on first use by SavedReplyPicker). */
export function SavedReplyMenu({ trigger, replies, onPick }: SavedReplyMenuProps) {
  const t = useTranslations("conversation.composer");
  return (
    <DropdownMenuOpenedOnLoad trigger={trigger} align="start">
      {replies.length === 0 ? <DropdownMenuItem disabled>{t("noSavedReplies")}</DropdownMenuItem> : null}
      {replies.map((r) => (
        <DropdownMenuItem key={r.id} onSelect={() => onPick(r.body)}>
          {r.title}
        </DropdownMenuItem>
      ))}
    </DropdownMenuOpenedOnLoad>
  );
}
