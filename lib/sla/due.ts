import type { Priority } from "@/db/schema/enum-values";
import type { BusinessHours, SlaTargets } from "@/db/schema/tenancy";
import { addBusinessSeconds } from "@/lib/metrics/business-time";

/** What the SLA clock needs to know about a workspace (a `workspaces` row fits). */
export type SlaSettings = {
  timezone: string;
  businessHours: BusinessHours;
  slaTargets: SlaTargets;
  /** Count only business hours (and skip closed days); otherwise the clock runs around the clock. */
  slaBusinessHours?: boolean;
  /** Local dates "YYYY-MM-DD" on which the workspace is closed (holidays). */
  closedDays?: readonly string[];
};

/**
 * When a wait that started at `waitingSince` must be answered: the workspace's target for the priority, counted
 * from the start of the wait — in calendar minutes, or in business minutes (weekly schedule in the workspace's time
 * zone, DST aware, closed days skipped) when the workspace says so. The one place that computes a due time
 * (inbound messages, priority changes, seed). A workspace without any business hours is always open; one whose
 * schedule never opens again falls back to calendar minutes rather than an item that can never breach.
 */
export function slaDueAt(settings: SlaSettings, priority: Priority, waitingSince: Date): Date {
  const minutes = settings.slaTargets[priority];
  const calendar = new Date(waitingSince.getTime() + minutes * 60_000);
  if (!settings.slaBusinessHours) return calendar;
  return (
    addBusinessSeconds(waitingSince, minutes * 60, settings.businessHours, settings.timezone, settings.closedDays) ??
    calendar
  );
}
