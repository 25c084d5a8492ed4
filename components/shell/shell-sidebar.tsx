"use client";

import { ChevronDown, UserRound } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Props = { switcher: ReactNode; nav: ReactNode; account: ReactNode; userName: string };

/**
 * The sidebar on wide screens; on a phone a top bar of two short rows (workspace + account button, then the
 * sections) with the account block folded away — unfolded it took ~290 px above every page (issue 6).
 * DOM order equals the visual order in both layouts, so keyboard focus follows what is seen.
 */
export function ShellSidebar({ switcher, nav, account, userName }: Props) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const panelId = useId();
  // Remembering where it was opened folds it again after navigating, without an effect.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === pathname;
  return (
    <aside className="flex flex-wrap items-center gap-2 border-b bg-sidebar p-3 text-sidebar-foreground md:sticky md:top-0 md:h-dvh md:flex-col md:flex-nowrap md:items-stretch md:border-r md:border-b-0 print:hidden">
      <div className="min-w-0 flex-1 md:flex-none">{switcher}</div>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        className="max-w-[45%] md:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        <UserRound aria-hidden />
        <span className="truncate">{userName}</span>
        <span className="sr-only">{t("account")}</span>
        <ChevronDown aria-hidden className={cn("transition-transform", open && "rotate-180")} />
      </Button>
      <div className="w-full">{nav}</div>
      <div id={panelId} className={cn("w-full md:mt-auto md:block", open ? "block" : "hidden")}>
        {account}
      </div>
    </aside>
  );
}
