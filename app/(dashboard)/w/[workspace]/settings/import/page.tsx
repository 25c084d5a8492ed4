import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ImportUploader } from "@/components/import/import-uploader";
import { PersonaSuggestions } from "@/components/import/persona-suggestions";
import { SettingsNav } from "@/components/settings/settings-nav";
import { db } from "@/db";
import { listIdentities } from "@/db/queries/identities";
import { listPersonaSuggestions } from "@/db/queries/import-personas";
import { latestImportRunId } from "@/db/queries/import-stage";
import { requirePermission } from "@/lib/auth/member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "import.run");
  const { workspaceId } = member;
  const [lastRunId, suggestions, identities] = await Promise.all([
    latestImportRunId(db, { workspaceId }),
    listPersonaSuggestions(db, { workspaceId }),
    listIdentities(db, { workspaceId }),
  ]);
  const t = await getTranslations("import");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav slug={workspace} role={member.role} />
      <div className="grid gap-6">
        <ImportUploader workspaceId={workspaceId} lastRunId={lastRunId} />
        <PersonaSuggestions
          workspaceId={workspaceId}
          suggestions={suggestions}
          personas={identities
            .filter((i) => i.kind === "persona" && i.status === "active")
            .map((i) => ({ id: i.id, displayName: i.displayName }))}
        />
      </div>
    </>
  );
}
