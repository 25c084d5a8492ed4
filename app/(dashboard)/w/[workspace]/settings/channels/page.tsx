import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChannelsManager } from "@/components/channels/channels-manager";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { db } from "@/db";
import { listChannelOwners } from "@/db/queries/channels";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { listChannels } from "@/lib/channels/channel-changes";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { jsonify } from "@/lib/jsonify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("channels"))("title") };
}

export default async function ChannelsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "members.view");
  const { workspaceId } = member;
  const canManage = can(member.role, "channels.manage");
  const [channels, owners] = await Promise.all([
    // Only admins get the connector summary (masked URL, "secret set"); nobody gets the secrets themselves.
    listChannels(db, { workspaceId, secretKey: canManage ? connectorSecretKey : undefined }),
    canManage ? listChannelOwners(db, { workspaceId }) : [],
  ]);
  const t = await getTranslations("channels");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav slug={workspace} role={member.role} />
      <ChannelsManager
        workspaceId={workspaceId}
        channels={jsonify(channels)}
        owners={owners}
        canManage={canManage}
        timeZone={member.workspace.timezone}
      />
    </>
  );
}
