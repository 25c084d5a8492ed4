"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { can, type Permission, type Role } from "@/lib/auth/permissions";
import { cn } from "@/lib/utils";

// Settings pages, in tab order; `path` is relative to /w/[workspace]/settings. Each page checks its own permission.
const SETTINGS_PAGES = [
  { key: "general", path: "", permission: "members.view" },
  { key: "members", path: "members", permission: "members.view" },
  { key: "channels", path: "channels", permission: "members.view" },
  { key: "audit", path: "audit", permission: "audit.view" },
  { key: "savedReplies", path: "saved-replies", permission: "savedReplies.manage" },
  { key: "routing", path: "routing", permission: "routing.manage" },
  { key: "import", path: "import", permission: "import.run" },
  { key: "webhooks", path: "webhooks", permission: "webhooks.manage" },
  { key: "api", path: "api", permission: "api.manage" },
  { key: "jobs", path: "jobs", permission: "settings.manage" },
] as const satisfies readonly {
  key: string;
  path: string;
  permission: Permission;
}[];

export function SettingsNav({ slug, role }: { slug: string; role: Role }) {
  const t = useTranslations("settings.nav");
  const pathname = usePathname();
  const base = `/w/${slug}/settings`;
  return (
    <nav aria-label={t("label")} className="mb-4 flex flex-wrap gap-1 border-b">
      {SETTINGS_PAGES.filter((p) => can(role, p.permission)).map((page) => {
        const href = page.path ? `${base}/${page.path}` : base;
        const active = pathname === href;
        return (
          <Link
            key={page.key}
            href={href}
            aria-current={active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm font-medium outline-ring focus-visible:outline-2",
              active
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {t(page.key)}
          </Link>
        );
      })}
    </nav>
  );
}
