"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setLocaleAction } from "@/app/actions";
import { toast } from "@/components/ui/toast-store";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";

/** English / Deutsch as a labelled radio group; the choice is remembered on the browser and on the user. */
export function LanguageSwitch({ className }: { className?: string }) {
  const t = useTranslations("shell");
  const tLocale = useTranslations("locale");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    if (locale === current) return;
    startTransition(async () => {
      const result = await setLocaleAction(locale);
      if (!result.ok) toast({ title: result.error.message, variant: "destructive" });
      router.refresh();
    });
  }

  return (
    <div
      role="radiogroup"
      aria-label={t("language")}
      className={cn("inline-flex rounded-md border p-0.5 text-xs", className)}
    >
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          role="radio"
          aria-checked={locale === current}
          lang={locale}
          disabled={pending}
          onClick={() => choose(locale)}
          className={cn(
            "rounded-sm px-2 py-1 font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring",
            locale === current ? "bg-primary text-primary-foreground" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {tLocale(locale)}
        </button>
      ))}
    </div>
  );
}
