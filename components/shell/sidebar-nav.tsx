"use client";

import { BarChart3, CalendarDays, Inbox, LoaderCircle, Settings, UsersRound, type LucideIcon } from "lucide-react";
import Link, { useLinkStatus } from "next/link";
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
                <SectionIcon icon={ICONS[section.key]} />
                {t(section.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The section's icon, or a spinner while a click on its link waits for the page. The sections have no loading
 * skeleton: their content is in the document's first paint (a streamed skeleton delayed it by React's 300 ms reveal
 * throttle, Lighthouse mobile LCP on the queue ~3.0 → 2.2 s), so this is the feedback of an in-app navigation.
 */
function SectionIcon({ icon: Icon }: { icon: LucideIcon }) {
  const { pending } = useLinkStatus();
  const Shown = pending ? LoaderCircle : Icon;
  return <Shown aria-hidden className={cn("size-4", pending && "animate-spin motion-reduce:animate-none")} />;
}
