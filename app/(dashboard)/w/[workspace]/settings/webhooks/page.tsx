import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { WebhooksManager } from "@/components/webhooks/webhooks-manager";
import { db } from "@/db";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/db/queries/webhooks";
import { requirePermission } from "@/lib/auth/member";
import { jsonify } from "@/lib/jsonify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

export default async function WebhooksPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "webhooks.manage");
  const { workspaceId } = member;
  const [endpoints, deliveries] = await Promise.all([
    listWebhookEndpoints(db, { workspaceId }),
    listWebhookDeliveries(db, { workspaceId }),
  ]);
  const t = await getTranslations("webhooks");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav slug={workspace} role={member.role} />
      <WebhooksManager workspaceId={workspaceId} endpoints={jsonify(endpoints)} deliveries={jsonify(deliveries)} />
    </>
  );
}
