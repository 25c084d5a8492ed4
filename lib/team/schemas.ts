import { z } from "zod";
import { PRIORITIES, ROLES } from "@/db/schema/enums";
import { LOCALES } from "@/lib/i18n/config";
import { MAX_RANGES_PER_DAY, MAX_SLA_MINUTES, WEEKDAYS } from "./schedule";

const name = z.string().trim().min(1).max(120);
const locale = z.enum(LOCALES);
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const slaMinutes = z.number().int().min(1).max(MAX_SLA_MINUTES);

export const memberTargetSchema = z.object({ userId: z.uuid() });
export const changeMemberRoleSchema = memberTargetSchema.extend({ role: z.enum(ROLES) });
export const setMemberActiveSchema = memberTargetSchema.extend({ active: z.boolean() });

export const workspaceSettingsSchema = z.object({
  name,
  timezone: z.string().trim().min(1).max(64),
  defaultLocale: locale,
  businessHours: z.partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([timeOfDay, timeOfDay])).max(MAX_RANGES_PER_DAY)),
  slaTargets: z.object(Object.fromEntries(PRIORITIES.map((p) => [p, slaMinutes])) as Record<(typeof PRIORITIES)[number], typeof slaMinutes>),
});

export const createWorkspaceSchema = z.object({
  name,
  timezone: z.string().trim().min(1).max(64),
  defaultLocale: locale,
});

export const updateProfileSchema = z.object({
  name,
  avatarUrl: z.string().trim().max(2000),
  locale,
});

export const MIN_PASSWORD_LENGTH = 10;
export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  confirmPassword: z.string().max(200),
});

/** Avatars are only shown from https addresses (no mixed content, no javascript: or data: URLs). */
export function isHttpsUrl(value: string) {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}
