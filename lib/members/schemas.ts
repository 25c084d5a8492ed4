import { z } from "zod";
import { nameSchema, wholeNumberSchema } from "@/lib/actions/common-schemas";
import { PRIORITIES, ROLES } from "@/db/schema/enum-values";
import { LOCALES } from "@/lib/i18n/config";
import { isHttpsUrl } from "./https-url";
import { MIN_PASSWORD_LENGTH } from "./password";
import {
  isValidTimeZone,
  MAX_RANGES_PER_DAY,
  MAX_SLA_MINUTES,
  scheduleProblems,
  WEEKDAYS,
} from "@/lib/workspaces/schedule";

// Every check that can fail for a field lives in the schema (none in the action after it), so one save reports
// every problem at once, in words a person uses.
const name = nameSchema(120);
const locale = z.enum(LOCALES, { error: "validation.invalidOption" });
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.timeOfDay" });
const slaMinutes = wholeNumberSchema(1, MAX_SLA_MINUTES, "validation.minutesRange");
const timezone = z.string().trim().refine(isValidTimeZone, { error: "settings.errors.timezone" });

/** Opening ranges per weekday; each day's order and overlap problems are reported on that day. */
const businessHours = z
  .partialRecord(z.enum(WEEKDAYS), z.array(z.tuple([timeOfDay, timeOfDay])).max(MAX_RANGES_PER_DAY))
  .superRefine((hours, ctx) => {
    for (const [day, problem] of Object.entries(scheduleProblems(hours))) {
      ctx.addIssue({ code: "custom", path: [day], message: `settings.errors.${problem}` });
    }
  });

/** A real calendar day "YYYY-MM-DD" (2026-02-30 is refused). */
const isCalendarDay = (v: string) => {
  const at = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === v;
};
const localDate = z.string().refine(isCalendarDay, { error: "routing.errors.closedDay" });
export const MAX_CLOSED_DAYS = 100;

export const memberTargetSchema = z.object({ userId: z.uuid() });
export const changeMemberRoleSchema = memberTargetSchema.extend({ role: z.enum(ROLES) });
export const setMemberActiveSchema = memberTargetSchema.extend({ active: z.boolean() });

export const workspaceSettingsSchema = z.object({
  name,
  timezone,
  defaultLocale: locale,
  businessHours,
  slaTargets: z.object(
    Object.fromEntries(PRIORITIES.map((p) => [p, slaMinutes])) as Record<
      (typeof PRIORITIES)[number],
      typeof slaMinutes
    >,
  ),
  // Optional so older clients keep the workspace's value; the settings form always sends both.
  slaBusinessHours: z.boolean().optional(),
  closedDays: z
    .array(localDate)
    .max(MAX_CLOSED_DAYS, { error: "validation.tooMany" })
    .transform((days) => [...new Set(days)].sort())
    .optional(),
});

export const createWorkspaceSchema = z.object({
  name,
  timezone,
  defaultLocale: locale,
});

export const updateProfileSchema = z.object({
  name,
  avatarUrl: z.string().trim().max(2000, { error: "validation.tooLong" }),
  locale,
});

export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .min(1, { error: "validation.enterCurrentPassword" })
    .max(200, { error: "validation.tooLong" }),
  newPassword: z
    .string()
    .min(1, { error: "validation.enterNewPassword", abort: true })
    .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
    .max(200, { error: "validation.tooLong" }),
  confirmPassword: z.string().max(200, { error: "validation.tooLong" }),
});

export { isHttpsUrl };
export { MIN_PASSWORD_LENGTH };
