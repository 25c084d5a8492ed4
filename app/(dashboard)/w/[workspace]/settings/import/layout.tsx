import type { ReactNode } from "react";
import { requirePermission } from "@/lib/auth/member";

// Checked before anything streams, so a role without the permission gets a real 403 (see settings/layout.tsx).
export default async function Layout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace } = await params;
  await requirePermission(workspace, "import.run");
  return children;
}
