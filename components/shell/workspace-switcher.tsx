"use client";

import { ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { LazyMenu } from "@/components/ui/lazy-menu";
import { can, type Role } from "@/lib/auth/permissions";
import type { WorkspaceMenuProps } from "./workspace-menu";

export type WorkspaceOption = { id: string; name: string; slug: string; role: Role };

const loadMenu = () => import("./workspace-menu").then((m) => m.WorkspaceMenu);

export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: { id: string; name: string };
  workspaces: WorkspaceOption[];
}) {
  const t = useTranslations("shell");
  // An admin of the current workspace may create another one (the server checks workspaces.create again).
  const currentRole = workspaces.find((w) => w.id === current.id)?.role;
  const canCreate = currentRole ? can(currentRole, "workspaces.create") : false;
  const trigger = (
    <Button variant="ghost" className="w-full justify-between px-2">
      {/* The accessible name starts with the visible name (WCAG 2.5.3); the initial is drawn by CSS, not read. */}
      <span className="flex min-w-0 items-center gap-2">
        <span
          aria-hidden
          data-initial={current.name.slice(0, 1).toUpperCase()}
          className="grid size-6 shrink-0 place-items-center rounded-md bg-primary text-xs font-semibold text-primary-foreground before:content-[attr(data-initial)]"
        />
        <span className="truncate font-semibold">{current.name}</span>
        <span className="sr-only">{t("switchWorkspace")}</span>
      </span>
      <ChevronsUpDown aria-hidden className="size-4 opacity-60" />
    </Button>
  );
  return <LazyMenu<WorkspaceMenuProps> load={loadMenu} trigger={trigger} props={{ current, workspaces, canCreate }} />;
}
