import type { ReactNode } from "react";
import { requirePermission } from "./member";
import type { Permission } from "./permissions";

/**
 * Layout for a dashboard section: checks the permission before anything streams, so a refusal is a real 403.
 * (Inside the section's loading boundary the response would already have started with 200.)
 */
export function sectionLayout(permission: Permission) {
  return async function SectionLayout({
    children,
    params,
  }: {
    children: ReactNode;
    params: Promise<{ workspace: string }>;
  }) {
    await requirePermission((await params).workspace, permission);
    return children;
  };
}
