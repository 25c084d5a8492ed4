import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, sectionNamespaces, type MessageSection } from "@/lib/i18n/client-namespaces";

/** The messages a dashboard section's client components read, on top of the shell's (lib/i18n/client-namespaces.ts). */
export async function SectionMessages({ section, children }: { section: MessageSection; children: ReactNode }) {
  return (
    <NextIntlClientProvider messages={pickMessages(await getMessages(), sectionNamespaces(section))}>
      {children}
    </NextIntlClientProvider>
  );
}
