"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { UiLabelsProvider } from "@/components/ui/labels";
import { Toaster } from "@/components/ui/toast";
import { getQueryClient } from "@/lib/query-client";

export function Providers({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const t = useTranslations("common");
  // The Toaster fills in "{hotkey}" itself (F8), so the placeholder is passed through unformatted.
  const labels = {
    close: t("close"),
    notifications: t("notifications", { hotkey: "{hotkey}" }),
    notification: t("notification"),
  };
  return (
    <QueryClientProvider client={queryClient}>
      <UiLabelsProvider labels={labels}>
        {children}
        {/* Loaded with the page, not on demand: the first toast may be "you are offline", when nothing can load. */}
        <Toaster />
      </UiLabelsProvider>
    </QueryClientProvider>
  );
}
