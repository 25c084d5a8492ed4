import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ApiTokensManager } from "@/components/api/api-tokens-manager";
import { InboundSecrets } from "@/components/api/inbound-secrets";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { db } from "@/db";
import { apiChannels } from "@/db/queries/api-reads";
import { listApiTokens } from "@/db/queries/api-tokens";
import { requirePermission } from "@/lib/auth/member";
import { ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { jsonify } from "@/lib/jsonify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api"))("title") };
}

export default async function ApiSettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "api.manage");
  const { workspaceId } = member;
  const [tokens, channels, requestHeaders] = await Promise.all([
    listApiTokens(db, { workspaceId }),
    apiChannels(db, { workspaceId }),
    headers(),
  ]);
  // The inbound URL as this server is reached (behind a proxy: its forwarded host and scheme).
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const proto = requestHeaders.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  const origin = `${proto}://${host}`;
  const t = await getTranslations("api");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { url: `${origin}/api/v1/openapi.json` })} />
      <SettingsNav slug={workspace} role={member.role} />
      <div className="grid gap-10">
        <ApiTokensManager
          workspaceId={workspaceId}
          tokens={jsonify(tokens)}
          permissions={[...ROLE_PERMISSIONS[member.role]]}
          timeZone={member.workspace.timezone}
          now={new Date().toISOString()}
        />
        <InboundSecrets
          workspaceId={workspaceId}
          origin={origin}
          channels={channels.map((c) => ({ id: c.id, handle: c.handle, platform: c.platform }))}
        />
      </div>
    </>
  );
}
