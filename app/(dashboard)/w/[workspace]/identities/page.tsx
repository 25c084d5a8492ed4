import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { IdentityCard } from "@/components/identities/identity-card";
import { AvatarButton, IdentityFormButton, OperatorsButton } from "@/components/identities/identity-buttons";
import { PersonaStatusButton } from "@/components/identities/persona-status-button";
import { db } from "@/db";
import { listIdentities, type IdentityWithTeam } from "@/db/queries/identities";
import { listMembers } from "@/db/queries/members";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("identities") };
}

export default async function IdentitiesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "identities.view");
  const { workspaceId } = member;
  // Only people who manage identities get the controls (the actions check again on the server).
  const canManage = can(member.role, "identities.manage");
  const [identities, members] = await Promise.all([
    listIdentities(db, { workspaceId }),
    canManage ? listMembers(db, { workspaceId }) : [],
  ]);
  // Only members who may reply can operate a persona (the server refuses the others too).
  const team = members
    .filter((m) => m.active && can(m.role, "conversations.reply"))
    .map((m) => ({ userId: m.userId, name: m.name, role: m.role }));
  const t = await getTranslations("identities");

  const controls = (identity: IdentityWithTeam) =>
    canManage ? (
      <>
        <IdentityFormButton
          workspaceId={workspaceId}
          identity={{
            id: identity.id,
            kind: identity.kind,
            version: identity.version,
            displayName: identity.displayName,
            handle: identity.handle,
            bio: identity.bio,
            languages: identity.languages,
            voiceGuide: identity.voiceGuide,
            signOff: identity.signOff,
            disclosure: identity.disclosure,
          }}
        />
        <AvatarButton
          workspaceId={workspaceId}
          identity={{ id: identity.id, displayName: identity.displayName, avatarUrl: identity.avatarUrl }}
        />
        {identity.kind === "persona" ? (
          <>
            <OperatorsButton
              workspaceId={workspaceId}
              persona={{ id: identity.id, displayName: identity.displayName }}
              operators={identity.operators.map((o) => ({ userId: o.userId, name: o.name }))}
              members={team}
            />
            <PersonaStatusButton
              workspaceId={workspaceId}
              persona={{ id: identity.id, displayName: identity.displayName, status: identity.status }}
            />
          </>
        ) : null}
      </>
    ) : null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={canManage ? <IdentityFormButton workspaceId={workspaceId} team={team} /> : undefined}
      />
      {identities.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {identities.map((identity) => (
          <li key={identity.id}>
            <IdentityCard identity={identity} actions={controls(identity)} />
          </li>
        ))}
      </ul>
    </>
  );
}
