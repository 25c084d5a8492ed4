/**
 * The SLA state of a waiting conversation, one rule for the queue's filter and sort, its badges and the reports:
 * breached once the due time has passed, due soon within the last SLA_DUE_SOON_MINUTES before it, ok otherwise;
 * "none" when nothing is waiting (no due time).
 */
export const SLA_STATES = ["ok", "due_soon", "breached"] as const;
export type SlaState = (typeof SLA_STATES)[number] | "none";

export const SLA_DUE_SOON_MINUTES = 30;

export function slaState(dueAt: Date | string | null | undefined, now: Date = new Date()): SlaState {
  if (!dueAt) return "none";
  const due = typeof dueAt === "string" ? new Date(dueAt) : dueAt;
  const left = due.getTime() - now.getTime();
  if (left < 0) return "breached";
  return left <= SLA_DUE_SOON_MINUTES * 60_000 ? "due_soon" : "ok";
}
