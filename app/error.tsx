"use client";

import { useTranslations } from "next-intl";
import { StatusPage } from "@/components/common/status-page";
import { Button } from "@/components/ui/button";

/** Unexpected errors: the details stay in the server log (digest), the person gets a generic page. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <StatusPage
      code={error.digest ? `500 · ${error.digest}` : "500"}
      title={t("genericTitle")}
      body={t("genericBody")}
      backLabel={t("backHome")}
      action={<Button onClick={reset}>{t("retry")}</Button>}
    />
  );
}
