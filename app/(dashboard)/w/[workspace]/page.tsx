import { redirect } from "next/navigation";
import { requireMember } from "@/lib/auth/member";
import { firstSectionFor } from "@/lib/auth/permissions";

export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requireMember(workspace);
  redirect(`/w/${workspace}/${firstSectionFor(member.role) ?? "settings"}`);
}
