import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { RoutingRuleFields } from "@/lib/routing/schemas";
import { fail, hasProblems, type FieldProblem, type Outcome, ok } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { channels, identities, memberships } from "../schema";

/**
 * The references a rule names must belong to this workspace (ids from another workspace are refused as unknown),
 * the target identity must still speak (a retired persona is refused with its name), and the assignee must be an
 * active member.
 */
export async function checkRuleReferences(
  tx: DbOrTx,
  workspaceId: string,
  rule: RoutingRuleFields,
): Promise<Outcome<undefined>> {
  const fields: Record<string, FieldProblem[]> = { targetIdentityId: [], assigneeId: [], channelIds: [] };
  if (rule.target === "identity" && rule.targetIdentityId) {
    const [identity] = await tx
      .select({ name: identities.displayName, status: identities.status })
      .from(identities)
      .where(and(eq(identities.id, rule.targetIdentityId), eq(identities.workspaceId, workspaceId)));
    if (!identity) fields.targetIdentityId!.push({ key: "routing.errors.unknownIdentity" });
    else if (identity.status === "retired")
      fields.targetIdentityId!.push({ key: "routing.errors.retiredIdentity", values: { name: identity.name } });
  }
  if (rule.assigneeId) {
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(
        and(
          eq(memberships.workspaceId, workspaceId),
          eq(memberships.userId, rule.assigneeId),
          isNull(memberships.deactivatedAt),
        ),
      );
    if (!member) fields.assigneeId!.push({ key: "routing.errors.unknownAssignee" });
  }
  const channelIds = [...new Set(rule.channelIds)];
  if (channelIds.length > 0) {
    const [found] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(channels)
      .where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, channelIds)));
    if (found!.n !== channelIds.length) fields.channelIds!.push({ key: "routing.errors.unknownChannel" });
  }
  return hasProblems(fields)
    ? fail("bad_request", Object.fromEntries(Object.entries(fields).filter(([, list]) => list.length > 0)))
    : ok();
}

/** Rule writes of one workspace take turns, so positions stay a clean 1…n sequence under concurrent edits. */
export async function lockWorkspaceRules(tx: DbOrTx, workspaceId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`routing_rules:${workspaceId}`}, 0))`);
}
