"use client";

import { Check, ChevronsUpDown, Plus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { can, type Role } from "@/lib/auth/permissions";
import { CreateWorkspaceDialog } from "./create-workspace-dialog";

export type WorkspaceOption = { id: string; name: string; slug: string; role: Role };

export function WorkspaceSwitcher({
  current,
  workspaces,
}: {
  current: { id: string; name: string };
  workspaces: WorkspaceOption[];
}) {
  const t = useTranslations("shell");
  const tRole = useTranslations("roles");
  const tTeam = useTranslations("members.createWorkspace");
  const [creating, setCreating] = useState(false);
  // An admin of the current workspace may create another one (the server checks workspaces.create again).
  const currentRole = workspaces.find((w) => w.id === current.id)?.role;
  const canCreate = currentRole ? can(currentRole, "workspaces.create") : false;
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          {/* The accessible name starts with the visible name (WCAG 2.5.3); the initial is drawn by CSS, not read. */}
          <Button variant="ghost" className="w-full justify-between px-2">
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
        </DropdownMenuTrigger>
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
