import { and, eq, gte, sql } from "drizzle-orm";
import { insertDefaultRoutingRules } from "../queries/routing-defaults";
import type { DbOrTx } from "../connect";
import { routingRules } from "../schema";
import type { SeededTenants } from "./tenants";

/**
 * Routing rules of the demo: the defaults every workspace gets (criticism → brand, praise and questions → the
 * channel's voice), and in Demo Brand one more between them, since Becky operates the brand's Instagram account:
 * praise and questions there go to her.
 */
export async function seedRouting(tx: DbOrTx, t: SeededTenants) {
  await insertDefaultRoutingRules(tx, { workspaceId: t.workspaceIds.demo, locale: "en" });
  await insertDefaultRoutingRules(tx, { workspaceId: t.workspaceIds.northwind, locale: "de" });
  const instagram = t.channels.find((c) => c.workspaceId === t.workspaceIds.demo && c.platform === "instagram")!;
  // Before the channel's-voice rule, which would otherwise catch the same messages first.
  await tx
    .update(routingRules)
    .set({ position: sql`${routingRules.position} + 1` })
    .where(and(eq(routingRules.workspaceId, t.workspaceIds.demo), gte(routingRules.position, 2)));
  await tx.insert(routingRules).values({
    workspaceId: t.workspaceIds.demo,
    name: "Instagram praise and questions to Becky",
    position: 2,
    categories: ["praise", "question"],
    channelIds: [instagram.id],
    target: "identity",
    targetIdentityId: t.identities.becky.id,
    assigneeId: t.userId.cm,
  });
}
