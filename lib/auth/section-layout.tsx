import type { ReactNode } from "react";
import { SectionMessages } from "@/components/i18n/section-messages";
import type { MessageSection } from "@/lib/i18n/client-namespaces";
import { requirePermission } from "./member";
import type { Permission } from "./permissions";

/**
 * Layout for a dashboard section: checks the permission before anything streams, so a refusal is a real 403.
 * (Inside the section's loading boundary the response would already have started with 200.) It also gives the
 * section's client components their messages.
 */
export function sectionLayout(permission: Permission, section: MessageSection) {
  return async function SectionLayout({
    children,
    params,
  }: {
    children: ReactNode;
    params: Promise<{ workspace: string }>;
  }) {
    await requirePermission((await params).workspace, permission);
    return <SectionMessages section={section}>{children}</SectionMessages>;
  };
}
