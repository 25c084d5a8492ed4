"use client";

import { Check, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type ReactElement } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";
import type { WorkspaceOption } from "./workspace-switcher";

export type WorkspaceMenuProps = {
  trigger: ReactElement;
  current: { id: string; name: string };
  workspaces: WorkspaceOption[];
  canCreate: boolean;
};

/** The switcher's menu (loaded on first use by WorkspaceSwitcher, so it mounts open): workspaces and "Create". */
export function WorkspaceMenu({ trigger, current, workspaces, canCreate }: WorkspaceMenuProps) {
  const tRole = useTranslations("roles");
  const t = useTranslations("shell");
  const tTeam = useTranslations("members.createWorkspace");
  const [creating, setCreating] = useState(false);
  return (
    <>
      <DropdownMenu defaultOpen>
        <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
        <DropdownMenuContent align="start" className="w-64">
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
        </DropdownMenuContent>
      </DropdownMenu>
      {canCreate ? (
        <CreateWorkspaceDialog open={creating} onOpenChange={setCreating} fromWorkspaceId={current.id} />
      ) : null}
    </>
  );
}
