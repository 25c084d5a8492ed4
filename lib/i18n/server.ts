import "server-only";
import { getLocale } from "next-intl/server";
import { createTranslator } from "next-intl";
import { isLocale, DEFAULT_LOCALE } from "./config";
import { MESSAGES } from "./messages";

/** A translator for the current request's locale, usable in actions and route handlers. */
export async function getServerTranslator() {
  const current = await getLocale();
  const locale = isLocale(current) ? current : DEFAULT_LOCALE;
  return createTranslator({ locale, messages: MESSAGES[locale] });
}

export type ServerTranslator = Awaited<ReturnType<typeof getServerTranslator>>;
