import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SavedRepliesManager } from "@/components/conversation/saved-replies-manager";
import { db } from "@/db";
import { listIdentities } from "@/db/queries/identities";
import { listSavedReplies } from "@/db/queries/saved-replies";
import { requirePermission } from "@/lib/auth/member";
import { SAVED_REPLY_VARIABLES } from "@/lib/conversation/saved-reply-variables";
import { jsonify } from "@/lib/jsonify";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("conversation.savedReplies"))("title") };
}

export default async function SavedRepliesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "savedReplies.manage");
  const { workspaceId } = member;
  const [replies, identities] = await Promise.all([
    listSavedReplies(db, { workspaceId }),
    listIdentities(db, { workspaceId }),
  ]);
  const t = await getTranslations("conversation.savedReplies");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { variables: SAVED_REPLY_VARIABLES.map((v) => `{{${v}}}`).join(", ") })}
      />
      <SavedRepliesManager
        workspaceId={workspaceId}
        replies={jsonify(replies)}
        identities={identities
          .filter((i) => i.status === "active")
          .map((i) => ({ id: i.id, displayName: i.displayName }))}
      />
    </>
  );
}
