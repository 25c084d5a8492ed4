"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** "New post" for one day (empty days invite it), named with that day for screen readers. */
export function NewPostButton({ dayLabel, onClick }: { dayLabel: string; onClick: () => void }) {
  const t = useTranslations("calendar");
  return (
    <Button
      variant="ghost"
      size="sm"
      className="h-7 w-full justify-start px-1 text-xs text-muted-foreground"
      onClick={onClick}
      aria-label={t("newPostOn", { day: dayLabel })}
    >
      <Plus className="size-3" aria-hidden />
      {t("newPost")}
    </Button>
  );
}
