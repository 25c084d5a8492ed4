import type { ReactNode } from "react";
import { InvitationBanner } from "@/components/invitations/invitation-banner";
import { AppShell } from "@/components/shell/app-shell";
import { db } from "@/db";
import { listVoicesForUser } from "@/db/queries/identities";
import { listMembershipsForUser } from "@/db/queries/memberships";
import { requireMembership } from "@/lib/auth/member";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace } = await params;
  const member = await requireMembership(workspace);
  const [memberships, voices] = await Promise.all([
    listMembershipsForUser(db, { userId: member.user.id }),
    listVoicesForUser(db, { workspaceId: member.workspaceId, userId: member.user.id, role: member.role }),
  ]);
  return (
    <AppShell
      user={{ name: member.user.name, email: member.user.email }}
      role={member.role}
      voices={voices.map((v) => ({ id: v.id, kind: v.kind, displayName: v.displayName }))}
      workspace={member.workspace}
      workspaces={memberships.map((m) => ({ ...m.workspace, role: m.role }))}
    >
      <InvitationBanner email={member.user.email} />
      {children}
    </AppShell>
  );
}
