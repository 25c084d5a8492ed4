import de from "./messages/de.json";
import en from "./messages/en.json";
import type { Locale } from "./config";

export const MESSAGES: Record<Locale, typeof en> = { en, de };

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof en;
  }
}
