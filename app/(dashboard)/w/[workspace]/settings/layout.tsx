import type { ReactNode } from "react";
import { SectionMessages } from "@/components/i18n/section-messages";
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
  await requirePermission(workspace, "members.view");
  // The tabs are rendered by each page under its title (title first, then the tabs: issue 6).
  return <SectionMessages section="settings">{children}</SectionMessages>;
}
