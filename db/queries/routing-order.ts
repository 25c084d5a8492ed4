import { and, asc, desc, eq, gt, lt, sql } from "drizzle-orm";
import { fail, notFoundOrConflict, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { routingRules } from "../schema";
import { recordAudit } from "./audit";
import { lockWorkspaceRules } from "./routing-checks";
import { ruleExists, ruleGuard } from "./routing-rules";

/**
 * Swaps a rule with its neighbour above or below. Both rules get a new version, so someone who still sees the old
 * order gets a conflict instead of moving the wrong rule. Moving the first rule up (or the last down) is refused.
 */
export async function moveRoutingRule(
  db: DbOrTx,
  p: { workspaceId: string; actorUserId: string; ruleId: string; version: number; direction: "up" | "down" },
): Promise<Outcome<{ id: string; version: number; position: number }>> {
  return db.transaction(async (tx) => {
    await lockWorkspaceRules(tx, p.workspaceId);
    const [rule] = await tx
      .select({ id: routingRules.id, position: routingRules.position, name: routingRules.name })
      .from(routingRules)
      .where(ruleGuard(p.workspaceId, p.ruleId, p.version));
    if (!rule) return notFoundOrConflict(ruleExists(tx, p.workspaceId, p.ruleId));
    const up = p.direction === "up";
    const [neighbour] = await tx
      .select({ id: routingRules.id, position: routingRules.position })
      .from(routingRules)
      .where(
        and(
          eq(routingRules.workspaceId, p.workspaceId),
          up ? lt(routingRules.position, rule.position) : gt(routingRules.position, rule.position),
        ),
      )
      .orderBy(up ? desc(routingRules.position) : asc(routingRules.position))
      .limit(1);
    if (!neighbour) return fail("bad_request");
    const bump = { version: sql`${routingRules.version} + 1`, updatedAt: sql`now()` };
    await tx
      .update(routingRules)
      .set({ position: rule.position, ...bump })
      .where(and(eq(routingRules.id, neighbour.id), eq(routingRules.workspaceId, p.workspaceId)));
    const [moved] = await tx
      .update(routingRules)
      .set({ position: neighbour.position, ...bump })
      .where(and(eq(routingRules.id, rule.id), eq(routingRules.workspaceId, p.workspaceId)))
      .returning({ id: routingRules.id, version: routingRules.version, position: routingRules.position });
    await recordAudit(tx, {
      workspaceId: p.workspaceId,
      actorUserId: p.actorUserId,
      action: "routing_rule.moved",
      objectType: "routing_rule",
      objectId: rule.id,
      data: { name: rule.name, from: rule.position, to: neighbour.position },
    });
    return ok(moved!);
  });
}
