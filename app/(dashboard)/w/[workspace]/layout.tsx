import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { db } from "@/db";
import { listMembershipsForUser } from "@/db/queries/memberships";
import { requireMember } from "@/lib/auth/member";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace } = await params;
  const member = await requireMember(workspace);
  const memberships = await listMembershipsForUser(db, { userId: member.user.id });
  return (
    <AppShell
      user={{ name: member.user.name, email: member.user.email }}
      role={member.role}
      workspace={member.workspace}
      workspaces={memberships.map((m) => ({ ...m.workspace, role: m.role }))}
    >
      {children}
    </AppShell>
  );
}
