import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { CLIENT_NAMESPACES, pickMessages, type MessageSection } from "@/lib/i18n/client-namespaces";
import { AddMessages } from "./add-messages";

/** A dashboard section's own namespaces, added to the shell's (lib/i18n/client-namespaces.ts). */
export async function SectionMessages({ section, children }: { section: MessageSection; children: ReactNode }) {
  return <AddMessages messages={pickMessages(await getMessages(), CLIENT_NAMESPACES[section])}>{children}</AddMessages>;
}
