import { eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/settings/routing/actions";
import { routingRules } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { resultStatus } from "./helpers";
import type { MatrixModule } from "./types";

const db = () => testDb();

/** A fresh rule at version 1 in the fixture's workspace, placed last (so it can always move up). */
async function freshRule(objects: WorkspaceFixture) {
  const [row] = await db()
    .insert(routingRules)
    .values({
      workspaceId: objects.workspaceId,
      name: `Matrix ${uniqueTag()}`,
      position: 1_000_000 + Math.floor(Math.random() * 1_000_000),
      categories: ["criticism"],
      target: "brand",
    })
    .returning({ id: routingRules.id });
  return row!.id;
}
const ruleRow = async (id: string) => (await db().select().from(routingRules).where(eq(routingRules.id, id)))[0];

export const matrix: MatrixModule = {
  endpoints: {
    createRoutingRuleAction: {
      permission: "routing.manage",
      mutates: true,
      audit: "routing_rule.created",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const name = `Matrix new ${uniqueTag()}`;
        const result = await actions.createRoutingRuleAction({
          workspaceId,
          name,
          categories: ["question"],
          target: "channel_voice",
        });
        const rows = await db().select({ id: routingRules.id }).from(routingRules).where(eq(routingRules.name, name));
        return { status: resultStatus(result), changed: rows.length > 0 };
      },
    },
    updateRoutingRuleAction: {
      permission: "routing.manage",
      mutates: true,
      audit: "routing_rule.updated",
      attempt: async ({ workspaceId, objects }) => {
        const ruleId = await freshRule(objects);
        const result = await actions.updateRoutingRuleAction({
          workspaceId,
          ruleId,
          version: 1,
          rule: { name: "Renamed", target: "brand", categories: ["praise"] },
        });
        return { status: resultStatus(result), changed: (await ruleRow(ruleId))!.version !== 1 };
      },
    },
    moveRoutingRuleAction: {
      permission: "routing.manage",
      mutates: true,
      audit: "routing_rule.moved",
      attempt: async ({ workspaceId, objects }) => {
        await freshRule(objects);
        const ruleId = await freshRule(objects);
        const before = (await ruleRow(ruleId))!.position;
        const result = await actions.moveRoutingRuleAction({ workspaceId, ruleId, version: 1, direction: "up" });
        return { status: resultStatus(result), changed: (await ruleRow(ruleId))!.position !== before };
      },
    },
    setRoutingRuleEnabledAction: {
      permission: "routing.manage",
      mutates: true,
      audit: "routing_rule.disabled",
      attempt: async ({ workspaceId, objects }) => {
        const ruleId = await freshRule(objects);
        const result = await actions.setRoutingRuleEnabledAction({ workspaceId, ruleId, version: 1, enabled: false });
        return { status: resultStatus(result), changed: !(await ruleRow(ruleId))!.enabled };
      },
    },
    deleteRoutingRuleAction: {
      permission: "routing.manage",
      mutates: true,
      audit: "routing_rule.deleted",
      attempt: async ({ workspaceId, objects }) => {
        const ruleId = await freshRule(objects);
        const result = await actions.deleteRoutingRuleAction({ workspaceId, ruleId, version: 1 });
        return { status: resultStatus(result), changed: (await ruleRow(ruleId)) === undefined };
      },
    },
  },
};
