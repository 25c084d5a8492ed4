import type { ReactNode } from "react";
import { SettingsNav } from "@/components/settings/settings-nav";
import { requirePermission } from "@/lib/auth/member";

// Checked before anything streams, so a refusal is a real 403 (see lib/auth/section-layout.tsx).
export default async function SettingsLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "members.view");
  return (
    <>
      <SettingsNav slug={workspace} role={member.role} />
      {children}
    </>
  );
}
