"use client";

import type { ReactElement } from "react";
import { useTranslations } from "next-intl";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { SavedReply } from "./saved-reply-picker";

export type SavedReplyMenuProps = { trigger: ReactElement; replies: SavedReply[]; onPick: (body: string) => void };

/** The saved replies as a menu (loaded on first use by SavedReplyPicker, so it mounts open). */
export function SavedReplyMenu({ trigger, replies, onPick }: SavedReplyMenuProps) {
  const t = useTranslations("conversation.composer");
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        {replies.length === 0 ? <DropdownMenuItem disabled>{t("noSavedReplies")}</DropdownMenuItem> : null}
        {replies.map((r) => (
          <DropdownMenuItem key={r.id} onSelect={() => onPick(r.body)}>
            {r.title}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
