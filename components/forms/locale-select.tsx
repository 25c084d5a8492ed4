"use client";

import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { LOCALES } from "@/lib/i18n/config";
import { cn } from "@/lib/utils";
import { selectClass } from "./field";

/** A select of the languages Curtain speaks, each option named in its own language. */
export function LocaleSelect({ className, ...props }: Omit<ComponentProps<"select">, "children">) {
  const tLocale = useTranslations("locale");
  return (
    <select className={cn(selectClass, "w-48", className)} {...props}>
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {tLocale(locale)}
        </option>
      ))}
    </select>
  );
}
