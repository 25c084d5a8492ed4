import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { RoutingRulesManager } from "@/components/settings/routing-rules-manager";
import { db } from "@/db";
import { listChannelOwners, listChannelRows } from "@/db/queries/channels";
import { listMembers } from "@/db/queries/members";
import { listRoutingRules } from "@/db/queries/routing-rules";
import { requirePermission } from "@/lib/auth/member";
import { jsonify } from "@/lib/jsonify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("routing"))("title") };
}

export default async function RoutingPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { workspaceId } = await requirePermission(workspace, "routing.manage");
  const [rules, identities, channels, members] = await Promise.all([
    listRoutingRules(db, { workspaceId }),
    listChannelOwners(db, { workspaceId }),
    listChannelRows(db, { workspaceId }),
    listMembers(db, { workspaceId }),
  ]);
  const t = await getTranslations("routing");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RoutingRulesManager
        workspaceId={workspaceId}
        rules={jsonify(rules)}
        identities={identities}
        channels={channels.map((c) => ({
          id: c.id,
          label: `${c.handle} · ${c.platform}`,
          identityId: c.identityId,
        }))}
        members={members.filter((m) => m.active).map((m) => ({ id: m.userId, name: m.name }))}
      />
    </>
  );
}
