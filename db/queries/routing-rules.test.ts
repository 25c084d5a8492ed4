import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, channels, identities, routingRules } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { routeNewConversation } from "@/lib/routing/route";
import { routingRuleFieldsSchema } from "@/lib/routing/schemas";
import { insertDefaultRoutingRules } from "./routing-defaults";
import { moveRoutingRule } from "./routing-order";
import { createRoutingRule, deleteRoutingRule, listRoutingRules, updateRoutingRule } from "./routing-rules";

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
let personaChannel: string;

const rule = (over: Record<string, unknown>) =>
  routingRuleFieldsSchema.parse({ name: "Rule", target: "brand", ...over });
const facts = (over: Partial<Parameters<typeof routeNewConversation>[1]> = {}) => ({
  workspaceId: fx.workspaceId,
  channelId: fx.channelId,
  kind: "comment" as const,
  category: "other" as const,
  body: "hello",
  contactLabels: [],
  ...over,
});

beforeAll(async () => {
  [fx, other] = await Promise.all([createWorkspaceFixture(db, "Routing"), createWorkspaceFixture(db, "Routing other")]);
  await insertDefaultRoutingRules(db, { workspaceId: fx.workspaceId, locale: "en" });
  const [row] = await db
    .insert(channels)
    .values({
      workspaceId: fx.workspaceId,
      platform: "instagram",
      handle: `@becky_${fx.tag}`,
      identityId: fx.identities.persona,
    })
    .returning({ id: channels.id });
  personaChannel = row!.id;
});

describe("routing new conversations", () => {
  it("sends criticism to the brand and praise and questions to the channel's persona (the defaults)", async () => {
    const criticism = await routeNewConversation(db, facts({ channelId: personaChannel, category: "criticism" }));
    expect(criticism.identityId).toBe(fx.identities.brand);
    expect(criticism.ruleId).not.toBeNull();
    for (const category of ["praise", "question"] as const) {
      const routed = await routeNewConversation(db, facts({ channelId: personaChannel, category }));
      expect(routed.identityId).toBe(fx.identities.persona);
    }
    const otherCategory = await routeNewConversation(db, facts({ channelId: personaChannel }));
    expect(otherCategory).toMatchObject({ identityId: fx.identities.persona, ruleId: null });
  });

  it("applies the first matching rule with its assignee and priority, and a moved rule takes precedence", async () => {
    const vip = await createRoutingRule(db, {
      workspaceId: fx.workspaceId,
      actorUserId: fx.users.admin.id,
      input: rule({
        name: "VIP refunds",
        contactLabels: ["vip"],
        keywords: ["refund"],
        target: "identity",
        targetIdentityId: fx.identities.persona,
        assigneeId: fx.users.community_manager.id,
        priority: "urgent",
      }),
    });
    if (!vip.ok) throw new Error(vip.code);
    const sample = facts({ category: "criticism", body: "I want a REFUND now", contactLabels: ["vip"] });
    expect((await routeNewConversation(db, sample)).identityId).toBe(fx.identities.brand);

    // Rule 3 → up twice → first.
    let version = vip.value.version;
    for (let i = 0; i < 2; i++) {
      const moved = await moveRoutingRule(db, {
        workspaceId: fx.workspaceId,
        actorUserId: fx.users.admin.id,
        ruleId: vip.value.id,
        version,
        direction: "up",
      });
      if (!moved.ok) throw new Error(moved.code);
      version = moved.value.version;
    }
    expect((await listRoutingRules(db, { workspaceId: fx.workspaceId })).map((r) => r.rule.position)).toEqual([
      1, 2, 3,
    ]);
    expect(await routeNewConversation(db, sample)).toEqual({
      identityId: fx.identities.persona,
      assigneeId: fx.users.community_manager.id,
      priority: "urgent",
      ruleId: vip.value.id,
    });
    // The first rule cannot move further up; a stale version is a conflict.
    const top = { workspaceId: fx.workspaceId, actorUserId: fx.users.admin.id, ruleId: vip.value.id };
    expect(await moveRoutingRule(db, { ...top, version, direction: "up" })).toMatchObject({
      ok: false,
      code: "bad_request",
    });
    expect(await moveRoutingRule(db, { ...top, version: 1, direction: "down" })).toMatchObject({
      ok: false,
      code: "conflict",
    });

    // Retiring the persona afterwards: the rule falls back to the brand, and the list flags it.
    await db.update(identities).set({ status: "retired" }).where(eq(identities.id, fx.identities.persona));
    expect((await routeNewConversation(db, sample)).identityId).toBe(fx.identities.brand);
    const listed = await listRoutingRules(db, { workspaceId: fx.workspaceId });
    expect(listed.find((r) => r.rule.id === vip.value.id)?.targetRetired).toBe(true);

    // Saving a rule that points to a retired persona is refused with its name.
    const refused = await updateRoutingRule(db, {
      ...top,
      version,
      input: rule({ name: "VIP refunds", target: "identity", targetIdentityId: fx.identities.persona }),
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "bad_request",
      fields: { targetIdentityId: [{ key: "routing.errors.retiredIdentity" }] },
    });
    await db.update(identities).set({ status: "active" }).where(eq(identities.id, fx.identities.persona));

    const deleted = await deleteRoutingRule(db, { ...top, version });
    expect(deleted.ok).toBe(true);
    expect((await listRoutingRules(db, { workspaceId: fx.workspaceId })).map((r) => r.rule.position)).toEqual([1, 2]);
    const audit = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.workspaceId, fx.workspaceId), eq(auditEvents.objectId, vip.value.id)));
    expect(audit.map((a) => a.action).sort()).toEqual([
      "routing_rule.created",
      "routing_rule.deleted",
      "routing_rule.moved",
      "routing_rule.moved",
    ]);
  });

  it("refuses another workspace's identity, member or channel, and touches no rule there", async () => {
    const refused = await createRoutingRule(db, {
      workspaceId: fx.workspaceId,
      actorUserId: fx.users.admin.id,
      input: rule({
        target: "identity",
        targetIdentityId: other.identities.persona,
        assigneeId: other.users.manager.id,
        channelIds: [other.channelId],
      }),
    });
    expect(refused).toMatchObject({ ok: false, code: "bad_request" });
    if (refused.ok) return;
    expect(Object.keys(refused.fields ?? {}).sort()).toEqual(["assigneeId", "channelIds", "targetIdentityId"]);

    const [mine] = await listRoutingRules(db, { workspaceId: fx.workspaceId });
    const foreign = await deleteRoutingRule(db, {
      workspaceId: other.workspaceId,
      actorUserId: other.users.admin.id,
      ruleId: mine!.rule.id,
      version: mine!.rule.version,
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.select().from(routingRules).where(eq(routingRules.id, mine!.rule.id))).toHaveLength(1);
  });
});
