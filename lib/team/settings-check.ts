import { fail, hasProblems, ok, type FieldProblem, type Outcome } from "@/lib/outcome";
import { isValidTimeZone, scheduleProblems } from "./schedule";

/**
 * What zod cannot see in workspace settings (an unknown IANA zone, business hours that end before they start),
 * every field's problem at once; shared by the settings form and the creation of a workspace.
 */
export function checkWorkspaceSettings(input: { timezone: string; businessHours?: Parameters<typeof scheduleProblems>[0] }): Outcome<undefined> {
  const fields: Record<string, FieldProblem[]> = {};
  if (!isValidTimeZone(input.timezone)) fields.timezone = [{ key: "settings.errors.timezone" }];
  for (const [day, problem] of Object.entries(input.businessHours ? scheduleProblems(input.businessHours) : {})) {
    fields[`businessHours.${day}`] = [{ key: `settings.errors.${problem}` }];
  }
  return hasProblems(fields) ? fail("bad_request", fields) : ok();
}
