"use client";

import { BarChart3, CalendarDays, Inbox, Settings, UsersRound, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { can, SECTIONS, type Role, type SectionKey } from "@/lib/auth/permissions";
import { cn } from "@/lib/utils";

const ICONS: Record<SectionKey, LucideIcon> = {
  inbox: Inbox,
  calendar: CalendarDays,
  identities: UsersRound,
  reports: BarChart3,
  settings: Settings,
};

/** Only the sections the role may open are shown; the pages check the same table on the server. */
export function SidebarNav({ slug, role }: { slug: string; role: Role }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("primary")}>
      {/* Wraps on a phone rather than scrolling sideways: a cut-off "Settings" was not findable (issue 6). */}
      <ul className="flex flex-wrap gap-1 md:flex-col">
        {SECTIONS.filter((s) => can(role, s.permission)).map((section) => {
          const href = `/w/${slug}/${section.key}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          const Icon = ICONS[section.key];
          return (
            <li key={section.key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium outline-ring focus-visible:outline-2",
                  active
                    ? "bg-sidebar-accent text-sidebar-accent-foreground"
                    : "text-muted-foreground hover:bg-sidebar-accent/60 hover:text-sidebar-accent-foreground",
                )}
              >
                <Icon aria-hidden className="size-4" />
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
