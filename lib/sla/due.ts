import type { Priority } from "@/db/schema/enums";
import type { BusinessHours, SlaTargets } from "@/db/schema/tenancy";

/** What the SLA clock needs to know about a workspace. */
export type SlaSettings = { timezone: string; businessHours: BusinessHours; slaTargets: SlaTargets };

/**
 * When a wait that started at `waitingSince` must be answered: the workspace's target for the priority, added to
 * the start of the wait. The one place that computes a due time (inbound messages, replies, priority changes,
 * seed), so business-hours counting lands here once.
 */
export function slaDueAt(settings: SlaSettings, priority: Priority, waitingSince: Date): Date {
  return new Date(waitingSince.getTime() + settings.slaTargets[priority] * 60_000);
}
