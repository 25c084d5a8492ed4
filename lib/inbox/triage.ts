import type { Role } from "@/db/schema/enum-values";
import { BRAND_VOICE_ROLES } from "@/lib/identities/speak-as";

/**
 * Which conversations a member may triage (status, priority, category, tags, assigning oneself): the roles that
 * speak as the brand triage every conversation of the workspace; everyone else only the conversations they may
 * answer, i.e. those routed to an active persona they operate (the same rule as lib/identities/speak-as.ts).
 * The query functions put the restriction in their WHERE clause.
 */
export type TriageScope = { operatorUserId?: string };

export function triageScope(userId: string, role: Role): TriageScope {
  return BRAND_VOICE_ROLES.includes(role) ? {} : { operatorUserId: userId };
}
