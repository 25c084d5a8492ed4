"use client";

import { Check, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuOpenedOnLoad,
  DropdownMenuSeparator,
} from "@/components/ui/dropdown-menu";
import type { LazyMenuProps } from "@/components/ui/lazy-menu";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";
import type { WorkspaceOption } from "./workspace-switcher";

export type WorkspaceMenuProps = LazyMenuProps & {
  current: { id: string; name: string };
  workspaces: WorkspaceOption[];
  canCreate: boolean;
};

/** The switcher's menu (loaded on first use by WorkspaceSwitcher): workspaces and "Create workspace". */
export function WorkspaceMenu({ trigger, current, workspaces, canCreate }: WorkspaceMenuProps) {
  const tRole = useTranslations("roles");
  const t = useTranslations("shell");
  const tTeam = useTranslations("members.createWorkspace");
  const [creating, setCreating] = useState(false);
  return (
    <>
      <DropdownMenuOpenedOnLoad trigger={trigger} align="start" className="w-64">
        <DropdownMenuLabel>{t("workspaces")}</DropdownMenuLabel>
        {workspaces.map((w) => (
          <DropdownMenuItem key={w.id} asChild>
            <Link href={`/w/${w.slug}`} aria-current={w.id === current.id ? "true" : undefined}>
              <span className="flex min-w-0 flex-1 flex-col">
                <span className="truncate">{w.name}</span>
                <span className="text-xs text-muted-foreground">{tRole(w.role)}</span>
              </span>
              {w.id === current.id ? <Check aria-hidden className="size-4" /> : null}
            </Link>
          </DropdownMenuItem>
        ))}
        {canCreate ? (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={() => setCreating(true)}>
              <Plus aria-hidden />
              {tTeam("open")}
            </DropdownMenuItem>
          </>
        ) : null}
      </DropdownMenuOpenedOnLoad>
      {canCreate ? (
        <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} fromWorkspaceId={current.id} />
      ) : null}
    </>
  );
}
