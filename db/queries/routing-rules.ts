import { and, asc, eq, sql } from "drizzle-orm";
import type { RoutingRuleFields } from "@/lib/routing/schemas";
import { notFoundOrConflict, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { identities, routingRules, users } from "../schema";
import { recordAudit } from "./audit";
import { checkRuleReferences, lockWorkspaceRules } from "./routing-checks";

/** The workspace's rules in evaluation order, with the target's name and status (a retired one gets a warning). */
export async function listRoutingRules(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      rule: routingRules,
      targetName: identities.displayName,
      targetRetired: sql<boolean>`coalesce(${identities.status} = 'retired', false)`,
      assigneeName: users.name,
    })
    .from(routingRules)
    .leftJoin(identities, eq(identities.id, routingRules.targetIdentityId))
    .leftJoin(users, eq(users.id, routingRules.assigneeId))
    .where(eq(routingRules.workspaceId, workspaceId))
    .orderBy(asc(routingRules.position), asc(routingRules.createdAt));
}
export type RoutingRuleListItem = Awaited<ReturnType<typeof listRoutingRules>>[number];

const ruleValues = (rule: RoutingRuleFields) => ({
  ...rule,
  categories: [...new Set(rule.categories)],
  kinds: [...new Set(rule.kinds)],
  channelIds: [...new Set(rule.channelIds)],
  keywords: [...new Set(rule.keywords)],
  contactLabels: [...new Set(rule.contactLabels)],
  // Only a rule that names an identity keeps one (the form may send a stale choice with another target).
  targetIdentityId: rule.target === "identity" ? rule.targetIdentityId : null,
});

/** A new rule, evaluated after the existing ones. */
export async function createRoutingRule(
  db: DbOrTx,
  { workspaceId, actorUserId, input }: { workspaceId: string; actorUserId: string; input: RoutingRuleFields },
): Promise<Outcome<{ id: string; version: number }>> {
  return db.transaction(async (tx) => {
    const refs = await checkRuleReferences(tx, workspaceId, input);
    if (!refs.ok) return refs;
    await lockWorkspaceRules(tx, workspaceId);
    const [row] = await tx
      .insert(routingRules)
      .values({
        workspaceId,
        ...ruleValues(input),
        position: sql`(select coalesce(max(${routingRules.position}), 0) + 1 from ${routingRules} where ${routingRules.workspaceId} = ${workspaceId})`,
      })
      .returning({ id: routingRules.id, version: routingRules.version });
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "routing_rule.created",
      objectType: "routing_rule",
      objectId: row!.id,
      data: { name: input.name },
    });
    return ok(row!);
  });
}

/** Replaces a rule's conditions and outcome, guarded by the version the editor saw. */
export async function updateRoutingRule(
  db: DbOrTx,
  {
    workspaceId,
    actorUserId,
    ruleId,
    version,
    input,
  }: { workspaceId: string; actorUserId: string; ruleId: string; version: number; input: RoutingRuleFields },
): Promise<Outcome<{ id: string; version: number }>> {
  return db.transaction(async (tx) => {
    const refs = await checkRuleReferences(tx, workspaceId, input);
    if (!refs.ok) return refs;
    const [row] = await tx
      .update(routingRules)
      .set({ ...ruleValues(input), version: sql`${routingRules.version} + 1`, updatedAt: sql`now()` })
      .where(ruleGuard(workspaceId, ruleId, version))
      .returning({ id: routingRules.id, version: routingRules.version });
    if (!row) return notFoundOrConflict(ruleExists(tx, workspaceId, ruleId));
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "routing_rule.updated",
      objectType: "routing_rule",
      objectId: ruleId,
      data: { name: input.name },
    });
    return ok(row);
  });
}

/** Turns a rule on or off without touching its place in the order. */
export async function setRoutingRuleEnabled(
  db: DbOrTx,
  p: { workspaceId: string; actorUserId: string; ruleId: string; version: number; enabled: boolean },
): Promise<Outcome<{ id: string; version: number }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(routingRules)
      .set({ enabled: p.enabled, version: sql`${routingRules.version} + 1`, updatedAt: sql`now()` })
      .where(ruleGuard(p.workspaceId, p.ruleId, p.version))
      .returning({ id: routingRules.id, version: routingRules.version, name: routingRules.name });
    if (!row) return notFoundOrConflict(ruleExists(tx, p.workspaceId, p.ruleId));
    await recordAudit(tx, {
      workspaceId: p.workspaceId,
      actorUserId: p.actorUserId,
      action: p.enabled ? "routing_rule.enabled" : "routing_rule.disabled",
      objectType: "routing_rule",
      objectId: p.ruleId,
      data: { name: row.name },
    });
    return ok({ id: row.id, version: row.version });
  });
}

/** Deletes a rule (conversations it routed keep their voice) and closes the gap in the order. */
export async function deleteRoutingRule(
  db: DbOrTx,
  p: { workspaceId: string; actorUserId: string; ruleId: string; version: number },
): Promise<Outcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    await lockWorkspaceRules(tx, p.workspaceId);
    const [row] = await tx
      .delete(routingRules)
      .where(ruleGuard(p.workspaceId, p.ruleId, p.version))
      .returning({ id: routingRules.id, name: routingRules.name, position: routingRules.position });
    if (!row) return notFoundOrConflict(ruleExists(tx, p.workspaceId, p.ruleId));
    await tx
      .update(routingRules)
      .set({ position: sql`${routingRules.position} - 1` })
      .where(and(eq(routingRules.workspaceId, p.workspaceId), sql`${routingRules.position} > ${row.position}`));
    await recordAudit(tx, {
      workspaceId: p.workspaceId,
      actorUserId: p.actorUserId,
      action: "routing_rule.deleted",
      objectType: "routing_rule",
      objectId: p.ruleId,
      data: { name: row.name },
    });
    return ok({ id: row.id });
  });
}

export const ruleGuard = (workspaceId: string, ruleId: string, version: number) =>
  and(eq(routingRules.id, ruleId), eq(routingRules.workspaceId, workspaceId), eq(routingRules.version, version));

export const ruleExists = (tx: DbOrTx, workspaceId: string, ruleId: string) => () =>
  tx
    .select({ id: routingRules.id })
    .from(routingRules)
    .where(and(eq(routingRules.id, ruleId), eq(routingRules.workspaceId, workspaceId)))
    .then((rows) => rows[0]);
