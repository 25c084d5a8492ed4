import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { IdentityCard } from "@/components/identities/identity-card";
import { db } from "@/db";
import { listIdentities } from "@/db/queries/identities";
import { requirePermission } from "@/lib/auth/member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("identities") };
}

export default async function IdentitiesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "identities.view");
  const identities = await listIdentities(db, { workspaceId: member.workspaceId });
  const t = await getTranslations("identities");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      {identities.length === 0 ? <p className="text-sm text-muted-foreground">{t("empty")}</p> : null}
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        {identities.map((identity) => (
          <li key={identity.id}>
            <IdentityCard identity={identity} />
          </li>
        ))}
      </ul>
    </>
  );
}
